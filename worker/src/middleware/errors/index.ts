// The one error path: routes throw ApiError; onError writes SPEC.md's {"error": {code, message, issues?}}.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../../../../shared/schemas';

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(status, { message });
  }
}

export function errorBody(code: string, message: string, issues?: FieldIssue[]) {
  return { error: issues ? { code, message, issues } : { code, message } };
}

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json(errorBody(err.code, err.message, err.issues), err.status, err.headers);
  }
  if (err instanceof HTTPException) {
    // Hono's own middleware (e.g. a malformed request it refuses) speaks in plain HTTPExceptions.
    const status = err.status as ContentfulStatusCode;
    return c.json(errorBody(status === 413 ? 'payload_too_large' : 'bad_request', err.message || 'Bad request'), status);
  }
  console.error('unexpected error', c.req.method, new URL(c.req.url).pathname, err);
  return c.json(errorBody('internal', 'Something went wrong on our side; please try again.'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not_found', 'No such endpoint'), 404);
}
