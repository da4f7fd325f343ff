// Inputs of the dashboard API: date range and filters, paging, sign-in, follow-up and settings bodies.
import * as v from 'valibot';
import { FreeText, JsonObject, Label, Lang, Origin, Slug } from './common';

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23'), v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Not a date'));

/** ?from&to (inclusive UTC days) and the filters every read route takes. */
export const RangeQuery = v.object({
  from: v.optional(Day),
  to: v.optional(Day),
  survey: v.optional(Slug),
  agent: v.optional(Label(128)),
  channel: v.optional(Label(64)),
  source: v.optional(v.picklist(['widget', 'email'], 'Must be "widget" or "email"')),
  lang: v.optional(Lang),
});
export type RangeQuery = v.InferOutput<typeof RangeQuery>;

export const TrendQuery = v.object({ ...RangeQuery.entries, interval: v.optional(v.picklist(['day', 'week', 'month']), 'day') });
export const BreakdownQuery = v.object({ ...RangeQuery.entries, by: v.picklist(['agent', 'channel'], 'Must be "agent" or "channel"') });

export const CATEGORIES = ['detractor', 'passive', 'promoter', 'low-csat', 'high-effort'] as const;
export const ResponsesQuery = v.object({
  ...RangeQuery.entries,
  category: v.optional(v.picklist(CATEGORIES)),
  q: v.optional(v.pipe(v.string(), v.maxLength(200))),
  withComment: v.optional(v.picklist(['0', '1'])),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
});

export const Credentials = JsonObject(
  v.object({
    email: v.pipe(v.string('Must be a string'), v.trim(), v.maxLength(254), v.email('Must be an email address'), v.toLowerCase()),
    password: v.pipe(v.string('Must be a string'), v.minLength(1, 'Enter the password'), v.maxLength(1024)),
  }),
);

export const NewPassword = v.pipe(v.string(), v.minLength(12, 'Use at least 12 characters'), v.maxLength(1024));

export const NewUser = JsonObject(
  v.object({
    email: v.pipe(v.string(), v.trim(), v.maxLength(254), v.email('Must be an email address'), v.toLowerCase()),
    password: NewPassword,
    role: v.picklist(['admin', 'viewer'], 'Must be "admin" or "viewer"'),
  }),
);

export const FollowUpPatch = JsonObject(
  v.object({
    status: v.optional(v.picklist(['new', 'contacted', 'resolved'])),
    owner: v.optional(v.nullable(Label(120))),
    note: v.optional(v.nullable(FreeText(2000))),
  }),
);

export const SettingsPatch = JsonObject(
  v.object({
    templateLinks: v.optional(
      v.object({ enabled: v.boolean(), ticketPattern: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
    ),
    minDaysBetweenSurveys: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  }),
);

export const OriginBody = JsonObject(v.object({ origin: Origin }));
export const KeyBody = JsonObject(v.object({ label: v.optional(Label(120)) }));
