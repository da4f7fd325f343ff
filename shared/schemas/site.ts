// A site's settings and the operator's inputs that create or change a site.
import * as v from 'valibot';
import { isTimeZone } from '../timezone';
import { Label, Origin, Slug, StoredLabel } from './common';

/** An http(s) address once `{ticket}` is put in (https everywhere but local helpdesks). */
function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s.replaceAll('{ticket}', 'T-1'));
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && /^https?:\/\//i.test(s) && !/\s/.test(s);
  } catch {
    return false;
  }
}

/**
 * A helpdesk's address of a ticket, `{ticket}` standing for the ticket ID (URL-encoded when it is
 * put in: shared/ticket-url.ts), e.g. https://acme.zendesk.com/agent/tickets/{ticket}.
 */
export const TicketUrl = v.pipe(
  v.string('Must be a string'),
  v.trim(),
  v.maxLength(500, 'Must be at most 500 characters'),
  v.check(isWebAddress, 'Must be an https:// (or http://) address'),
  v.check((s) => s.includes('{ticket}'), 'Must contain {ticket} where the ticket ID goes'),
);

/** The same, or "" for none (the settings form's empty field). */
export const TicketUrlOrNone = v.pipe(
  v.string('Must be a string'),
  v.trim(),
  v.check((s) => s === '' || (s.length <= 500 && isWebAddress(s) && s.includes('{ticket}')), 'Must be an https:// (or http://) address of at most 500 characters with {ticket} in it, or empty'),
);

/** A colour for the email landing page's buttons and chosen answers, as #rrggbb. */
export const BrandColor = v.pipe(v.string('Must be a string'), v.trim(), v.regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #2455c3'), v.toLowerCase());

/** The same, or "" for none. */
export const BrandColorOrNone = v.union([v.literal(''), BrandColor], 'Use a colour such as #2455c3, or nothing');

/** At most 64 KiB of image. */
export const LOGO_MAX_BYTES = 65536;

/** A logo as uploaded: a PNG, JPEG or WebP image as a base64 data URL (SVG is refused: it can carry script). */
export const LogoBody = v.object({
  logo: v.pipe(
    v.string('Must be a string'),
    v.maxLength(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40, 'The image must be at most 64 KB'),
    v.regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/, 'Use a PNG, JPEG or WebP image'),
  ),
});

/** An IANA time zone name that Intl knows, e.g. Europe/Rome (or UTC). */
export const TimeZone = v.pipe(
  v.string('Must be a string'),
  v.trim(),
  v.check(isTimeZone, 'Not a known time zone: use an IANA name such as Europe/Rome or UTC'),
);

export const RetentionDays = v.pipe(v.number(), v.integer('Whole days'), v.minValue(7, 'At least 7 days'), v.maxValue(3650, 'At most 3650 days'));

/** At most this many agents have a display name. */
export const AGENT_NAMES_MAX = 500;
const fewEnough = (names: Record<string, string>) => Object.keys(names).length <= AGENT_NAMES_MAX;

/** Display names of agent ids as stored ("giulia" → "Giulia Bianchi"). */
export const AgentNames = v.pipe(v.record(StoredLabel(128), StoredLabel(80)), v.check(fewEnough, `At most ${AGENT_NAMES_MAX} names`));

/** The same as sent: a name per agent id, "" (or blanks) to remove one; merged into the stored names. */
export const AgentNamesPatch = v.pipe(
  v.record(Label(128), v.union([v.pipe(v.string(), v.trim(), v.length(0)), Label(80)], 'Use a name of at most 80 characters, or nothing')),
  v.check(fewEnough, `At most ${AGENT_NAMES_MAX} names`),
);

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
  /** Where a ticket lives in the helpdesk; without it, tickets link to the dashboard's ticket view. */
  ticketUrl: v.optional(TicketUrl),
  /** Every day boundary (from/to, trend days, weeks, months, today, the digest, CSV dates) is in this zone. */
  timezone: v.optional(TimeZone, 'UTC'),
  /** The email landing page's accent colour; the shipped blue without it. */
  brandColor: v.optional(BrandColor),
  /** How the dashboard names agents: agent id → display name. */
  agentNames: v.optional(AgentNames),
});
export type SiteSettings = v.InferOutput<typeof SiteSettings>;

export const SiteCreate = v.object({
  id: Slug,
  name: v.optional(Label(120)),
  origins: v.pipe(v.array(Origin), v.maxLength(50)),
});
export type SiteCreate = v.InferOutput<typeof SiteCreate>;

export { Origin };
