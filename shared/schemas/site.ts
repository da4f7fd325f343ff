// A site's settings and the operator's inputs that create or change a site.
import * as v from 'valibot';
import { Label, Origin, Slug } from './common';

export const RetentionDays = v.pipe(v.number(), v.integer('Whole days'), v.minValue(7, 'At least 7 days'), v.maxValue(3650, 'At most 3650 days'));

export const SiteSettings = v.object({
  /** The same browser is not asked again within this many days (0: no limit). */
  minDaysBetweenSurveys: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)), 0),
  /** Unsigned links built from a ticket ID, for helpdesks that only have placeholders. */
  templateLinks: v.optional(
    v.object({
      enabled: v.optional(v.boolean(), false),
      ticketPattern: v.optional(v.pipe(v.string(), v.maxLength(200))),
    }),
    { enabled: false },
  ),
  /** Widget responses must carry a valid ticket token (SPEC "Verified tickets"); template links are refused. */
  requireVerifiedTickets: v.optional(v.boolean(), false),
  /** Answers, comments, links and webhook events older than this many days are erased every day; per-day counts remain. */
  retentionDays: v.optional(RetentionDays),
});
export type SiteSettings = v.InferOutput<typeof SiteSettings>;

export const SiteCreate = v.object({
  id: Slug,
  name: v.optional(Label(120)),
  origins: v.pipe(v.array(Origin), v.maxLength(50)),
});
export type SiteCreate = v.InferOutput<typeof SiteCreate>;

export { Origin };
