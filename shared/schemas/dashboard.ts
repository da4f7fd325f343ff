// Inputs of the dashboard API: date range and filters, paging, follow-up and settings bodies.
import * as v from 'valibot';
import { FreeText, JsonObject, Label, Lang, Origin, Slug } from './common';
import { AgentNamesPatch, BrandColorOrNone, RetentionDays, TicketUrlOrNone, TimeZone } from './site';

/** A UTC day as YYYY-MM-DD that is on the calendar: "2026-02-31" is refused, not read as 3 March. */
const Day = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-23'),
  // Date.parse rolls day overflow into the next month; a real day prints back as itself.
  v.check((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
  }, 'Not a date on the calendar'),
);

/** ?from&to (inclusive UTC days) and the filters every read route takes. */
export const RangeQuery = v.object({
  from: v.optional(Day),
  to: v.optional(Day),
  survey: v.optional(Slug),
  agent: v.optional(Label(128)),
  channel: v.optional(Label(64)),
  source: v.optional(v.picklist(['widget', 'email'], 'Must be "widget" or "email"')),
  lang: v.optional(Lang),
  verified: v.optional(v.picklist(['0', '1'], 'Must be "1" (verified tickets) or "0" (the others)')),
});
export type RangeQuery = v.InferOutput<typeof RangeQuery>;

/** The summary's: also the answers per source when `sources=1` (the response-rate view; the overview does not read them). */
export const SummaryQuery = v.object({
  ...RangeQuery.entries,
  sources: v.optional(v.picklist(['0', '1'], 'Must be "1" (with the answers per source) or "0"')),
});

/**
 * The CSV export's: the range and filters, and the spreadsheet's conventions. `sep=semicolon` with
 * `decimal=comma` is what Excel reads in Italian, German, French, Spanish, Portuguese, Polish and Dutch.
 */
export const ExportQuery = v.object({
  ...RangeQuery.entries,
  sep: v.optional(v.picklist(['comma', 'semicolon'], 'Must be "comma" or "semicolon"'), 'comma'),
  decimal: v.optional(v.picklist(['point', 'comma'], 'Must be "point" or "comma"'), 'point'),
});
export type ExportQuery = v.InferOutput<typeof ExportQuery>;

export const TrendQuery = v.object({ ...RangeQuery.entries, interval: v.optional(v.picklist(['day', 'week', 'month']), 'day') });
export const AspectsQuery = TrendQuery;
/** The agents view: with an agent filter, only that agent's row (still against the rest of the team). */
export const AgentsQuery = RangeQuery;
/** The Support view's KPIs (issue #15): the range, the filters and the trend's interval. */
export const KpisQuery = TrendQuery;
/** Scores by one ticket fact (SPEC "Scores by ticket facts"). */
export const DriversQuery = v.object({
  ...RangeQuery.entries,
  by: v.picklist(['first_response', 'resolution', 'replies', 'reopened'], 'Must be "first_response", "resolution", "replies" or "reopened"'),
});
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

/** The follow-up inbox's list and counts: the range and filters, a status, a reason, and two switches. */
export const FollowUpsQuery = v.object({
  ...RangeQuery.entries,
  status: v.optional(v.picklist(['new', 'contacted', 'resolved'], 'Must be "new", "contacted" or "resolved"')),
  reason: v.optional(v.picklist(['detractor', 'low-csat', 'high-effort'], 'Must be "detractor", "low-csat" or "high-effort"')),
  withComment: v.optional(v.picklist(['0', '1'], 'Must be "1" (with a comment only) or "0"')),
  /** Owned by the signed-in person. */
  mine: v.optional(v.picklist(['0', '1'], 'Must be "1" (assigned to me) or "0"')),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type FollowUpsQuery = v.InferOutput<typeof FollowUpsQuery>;

export const FollowUpPatch = JsonObject(
  v.object({
    status: v.optional(v.picklist(['new', 'contacted', 'resolved'])),
    /** A user id from GET …/people (checked by the route), or null for nobody. */
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
    requireVerifiedTickets: v.optional(v.boolean('Must be true or false')),
    /** null: keep everything. */
    retentionDays: v.optional(v.nullable(RetentionDays)),
    /** null (or "") removes it. */
    ticketUrl: v.optional(v.nullable(TicketUrlOrNone)),
    /** null (or "") removes it. */
    brandColor: v.optional(v.nullable(BrandColorOrNone)),
    /** An IANA name; changing it moves the per-day counts to the new local days. */
    timezone: v.optional(TimeZone),
    /** The site's name as customers see it on the email landing page. */
    name: v.optional(Label(120)),
    /** Display names of agent ids, merged into the stored ones; "" removes one. */
    agentNames: v.optional(AgentNamesPatch),
  }),
);

export const OriginBody = JsonObject(v.object({ origin: Origin }));
export const KeyBody = JsonObject(v.object({ label: v.optional(Label(120)) }));
