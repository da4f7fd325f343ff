// Every request body and stored definition, validated with valibot on both sides of the wire.
import * as v from 'valibot';

export * from './common';
export * from './response';
export * from './survey';
export * from './site';
export * from './link';
export * from './fit';
export * from './dashboard';
export * from './people';
export * from './webhooks';
export * from './tickets';
export * from './helpdesks';

export interface FieldIssue {
  path: string;
  message: string;
}

/** valibot issues as the `issues` of SPEC.md's error shape: a dotted path and a message. */
export function fieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
}
