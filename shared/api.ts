// The dashboard API's answers (SPEC.md "Collector API", the routes behind a session or API key):
// one set of types for the worker that sends them and the dashboard that draws them.
import type { LinkRate, SourceCounts } from './metrics/links';
import type { MetricSet } from './metrics/summary';
import type { Separating } from './metrics/aspects';
import type { AgentComparison } from './metrics/team';

export type { LinkRate, SourceCounts };

/** admin: everything on their sites; responder: reads and works the follow-up inbox; viewer: reads. */
export type Role = 'admin' | 'responder' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'responder', 'viewer'];

/** An enabled admin of every site: the one who manages people and creates sites. */
export const isOwner = (u: { role: Role; sites: string[] | null; disabled?: boolean }): boolean => u.role === 'admin' && u.sites === null && !u.disabled;

/** Who changes a follow-up's status, owner and note. */
export const worksFollowUps = (role: Role): boolean => role === 'admin' || role === 'responder';

/** Who is signed in: `sites` null means every site (and, for an admin, managing people and sites). */
export interface Me {
  email: string;
  role: Role;
  sites: string[] | null;
}

/** GET /api/v1/auth/state */
export interface AuthState {
  /** No user exists yet: the dashboard shows the first-run page (POST /api/v1/auth/setup with a setup code). */
  needsSetup: boolean;
  user: Me | null;
  /** Send as `X-CSRF-Token` on every POST, PATCH and DELETE made with the session cookie. */
  csrf: string | null;
}

export interface PeriodMetrics extends MetricSet {
  /** Signed email links issued in the period, opened by a person and answered (shared/metrics/links.ts). */
  links: LinkRate;
  /** The period's answers (`responses`) per source; only when asked for with `sources=1`. */
  sources?: SourceCounts;
}

export interface Filters {
  survey?: string;
  agent?: string;
  channel?: string;
  source?: 'widget' | 'email';
  lang?: string;
  /** '1': answers with a verified ticket (signed link or ticket token); '0': the others. */
  verified?: '0' | '1';
}

/** GET /api/v1/sites/:site/summary?from=YYYY-MM-DD&to=YYYY-MM-DD&survey&agent&channel&source&lang&verified&sources=1 */
export interface Summary {
  from: string;
  to: string;
  filters: Filters;
  current: PeriodMetrics;
  /** The period of equal length just before `from`. */
  previous: PeriodMetrics & { from: string; to: string };
}

/** GET /api/v1/sites/:site/trend?interval=day|week|month&from&to&… — one point per interval, oldest first. */
export interface Trend {
  interval: 'day' | 'week' | 'month';
  points: (MetricSet & { start: string })[];
}

/** One CES aspect's mean rating (1–5) with its 95% margin; mean null without answers, small under SMALL_SAMPLE. */
export interface AspectMean {
  key: string;
  n: number;
  mean: number | null;
  margin95: number;
  small: boolean;
}

/** GET /api/v1/sites/:site/aspects?interval=day|week|month&from&to&… — the range's means, per interval, and the aspect that separates satisfied (CSAT 4–5) from unsatisfied (CSAT 1–2) customers most. */
export interface AspectsView {
  from: string;
  to: string;
  filters: Filters;
  interval: 'day' | 'week' | 'month';
  aspects: AspectMean[];
  points: { start: string; aspects: AspectMean[] }[];
  separating: Separating | null;
}

/** One agent: their metrics, their aspect means, and each against the rest of the team (shared/metrics/team.ts). */
export interface AgentRow extends MetricSet {
  agent: string;
  aspects: AspectMean[];
  vsTeam: AgentComparison;
}

/** GET /api/v1/sites/:site/agents?from&to&… : the team (answers with or without an agent; the agent filter only picks the rows) and each agent. */
export interface AgentsView {
  from: string;
  to: string;
  filters: Filters;
  team: MetricSet & { aspects: AspectMean[] };
  agents: AgentRow[];
}

/** GET /api/v1/sites/:site/breakdown?by=agent|channel&… */
export interface Breakdown {
  by: 'agent' | 'channel';
  rows: (MetricSet & { key: string | null })[];
}

export interface ResponseItem {
  id: string;
  survey: string;
  ticket: string | null;
  csat: number | null;
  ces: number | null;
  nps: number | null;
  comment: string | null;
  aspects: Record<string, number> | null;
  lang: string | null;
  source: 'widget' | 'email';
  /** The ticket was vouched for: a signed email link or the site's ticket token (SPEC "Verified tickets"). */
  verified: boolean;
  agent: string | null;
  channel: string | null;
  customer: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/v1/sites/:site/responses?…&category=detractor|passive|promoter|low-csat|high-effort&q=&withComment=1&cursor= */
export interface ResponsePage {
  items: ResponseItem[];
  /** Pass as `cursor` for the next (older) page; null at the end. */
  next: string | null;
}

export type FollowUpStatus = 'new' | 'contacted' | 'resolved';
export const FOLLOWUP_STATUSES: readonly FollowUpStatus[] = ['new', 'contacted', 'resolved'];

/** Why an answer needs a call back: NPS 0–6, CSAT ≤ 2, CES ≥ 4 (an answer may have several). */
export type FollowUpReason = 'detractor' | 'low-csat' | 'high-effort';
export const FOLLOWUP_REASONS: readonly FollowUpReason[] = ['detractor', 'low-csat', 'high-effort'];

export interface FollowUp {
  response: ResponseItem;
  status: FollowUpStatus;
  /** The user id of the person who owns it (one of GET …/people), or a name typed before owners were people. */
  owner: string | null;
  /** That person's email now; null without an owner, or when no such user exists any more. */
  ownerEmail: string | null;
  note: string | null;
  /** Why it needs a call back. */
  reasons: FollowUpReason[];
  /** The follow-up question the comment answered (the survey's English wording); null without a comment. */
  question: string | null;
  updatedAt: string | null;
}

/**
 * GET /api/v1/sites/:site/followups?status=&from&to&survey&agent&channel&source&lang&verified&reason=&withComment=1&mine=1&cursor=
 * (no from/to: every day); PATCH /api/v1/sites/:site/followups/:responseId {status?, owner?, note?}
 */
export interface FollowUpPage {
  items: FollowUp[];
  next: string | null;
}

/** A count that may have stopped at a cap: `more` means there are at least `n` (shown as "n+"). */
export interface InboxCount {
  n: number;
  more: boolean;
}

/**
 * GET /api/v1/sites/:site/followups/counts?… (the list's filters): items per status for the filter
 * (with its reason), and per reason for the filter and its status (every status without one).
 */
export interface FollowUpCounts {
  status: Record<FollowUpStatus, InboxCount>;
  reasons: Record<FollowUpReason, InboxCount>;
}

/** Someone who may work a site's follow-up inbox: an enabled admin or responder with the site. */
export interface Person {
  id: string;
  email: string;
  role: Role;
}

/** GET /api/v1/sites/:site/people (people signed in; not API keys) */
export interface SitePeople {
  people: Person[];
  /** The caller's user id. */
  me: string;
}

export interface SiteInfo {
  id: string;
  name: string;
  defaultSurvey: string;
  /** The helpdesk's address of a ticket, with `{ticket}` where the ticket ID goes (site setting). */
  ticketUrl: string | null;
  /** The site's IANA time zone (default UTC): the dashboard's "today" and date presets are its days. */
  timezone: string;
  /** True while the per-day counts move to a newly set time zone (some are still on the old days). */
  recounting?: boolean;
  surveys: string[];
  agents: string[];
  /** Display names of agent ids (site setting); an agent without one shows its id. */
  agentNames: Record<string, string>;
  channels: string[];
  languages: string[];
}

/** GET /api/v1/sites/:site/settings (admins) */
export interface SiteSettingsView {
  origins: string[];
  templateLinks: { enabled: boolean; ticketPattern?: string };
  /** The same browser is not asked again within this many days (0: no limit). */
  minDaysBetweenSurveys: number;
  /** Widget answers need a ticket token signed by the site's server; template links are refused. */
  requireVerifiedTickets: boolean;
  /** The helpdesk's ticket address with {ticket}; null: tickets link to the dashboard. */
  ticketUrl: string | null;
  keys: { id: string; prefix: string; label: string | null; createdAt: string; revokedAt: string | null }[];
  /** Answers older than this many days are erased daily; null keeps everything. */
  retentionDays: number | null;
  /** The IANA time zone every day boundary is in. */
  timezone: string;
  /** After a zone change, per-day counts move to the new local days in chunks: pending until done. */
  recount: { pending: boolean };
  /** What the email landing page shows: the site's name, its colour and its logo's address. */
  name: string;
  brandColor: string | null;
  logo: string | null;
  /** Agent id → display name. */
  agentNames: Record<string, string>;
}

/** GET /api/v1/sites */
export interface SiteList {
  sites: SiteInfo[];
}

/** GET /api/v1/users (admins of every site) */
export interface UserInfo extends Me {
  id: string;
  disabled: boolean;
  createdAt: string;
}

export type WebhookEventName = 'response.created' | 'response.updated' | 'response.negative' | 'followup.updated' | 'digest.weekly';

/** GET /api/v1/sites/:site/webhooks (admins); POST answers the same with `secret`, shown that once. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventName[];
  format: 'standard' | 'slack' | 'teams';
  description: string | null;
  filter: { survey?: string; agent?: string; channel?: string };
  createdAt: string;
  /** Set when the receiver answered 410 Gone: nothing is sent until it is enabled again. */
  disabledAt: string | null;
  disabledReason: string | null;
  pending: number;
  failed: number;
  lastAttempt: { at: string; status: number | null; error: string | null } | null;
  secret?: string;
}

/** One try of an event: the receiver's status (null: no answer, see error), never its body. */
export interface WebhookAttempt {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** GET /api/v1/sites/:site/webhooks/:id/messages?cursor= : the endpoint's events, newest first. */
export interface WebhookMessage {
  id: string;
  event: WebhookEventName;
  responseId: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: string;
  /** When the next try is due (pending only). */
  nextAt: string | null;
  tries: WebhookAttempt[];
}

export interface WebhookMessagePage {
  items: WebhookMessage[];
  next: string | null;
}

// The `data` of a digest.weekly event (worker/src/webhooks/digest.ts).
export interface WeekMetrics {
  responses: number;
  nps: { n: number; score: number; margin95: number } | null;
  csat: { n: number; percent: number; margin95: number } | null;
  ces: { n: number; mean: number; margin95: number } | null;
}

export interface DigestChange {
  metric: 'nps' | 'csat' | 'ces';
  now: number;
  before: number;
  margin: number;
  better: boolean;
  text: string;
}

export interface AgentLine {
  agent: string;
  n: number;
  percent: number;
}

/** digest.weekly: last week (Monday to Sunday), the week before, what changed beyond the margin. */
export interface DigestData {
  site: { id: string; name: string };
  /** Monday to Sunday, both inclusive. */
  week: {
    from: string;
    to: string;
    /** The site's IANA time zone: the week runs Monday to Sunday there. */
    timeZone: string;
  };
  filters: Filters;
  current: WeekMetrics;
  previous: WeekMetrics;
  changes: DigestChange[];
  agents: { minAnswers: number; best: AgentLine[]; worst: AgentLine[] };
  followUps: { new: number; capped: boolean; days: number };
  link: string | null;
}


/** A duration's median and 90th percentile in minutes, from stored histograms (shared/metrics/durations.ts); null with n = 0. */
export interface DurationStats {
  n: number;
  median: number | null;
  p90: number | null;
}

/** The support KPIs of one period (SPEC "Ticket facts and support KPIs"): tickets solved in it, by their own agent and channel. */
export interface TicketKpis {
  solved: number;
  firstResponse: DurationStats;
  resolution: DurationStats;
  /** % of solved tickets with at most one agent reply and no reopen (tickets whose replies are known). */
  oneTouchRate: number | null;
  /** % of solved tickets reopened at least once (tickets whose reopens are known). */
  reopenRate: number | null;
  /** Answers to tickets solved in the period ÷ tickets solved, in %. */
  responseRate: number | null;
  /** Tickets open now and the median of their ages; null for a period that ends before today. */
  backlog: { open: number; medianAgeMinutes: number | null } | null;
}

/**
 * GET /api/v1/sites/:site/kpis?interval=day|week|month&from&to&… — the KPIs of the range and the period
 * before it, one point per interval (oldest first, no backlog), and each agent's (by the ticket's agent).
 */
export interface KpisView {
  from: string;
  to: string;
  filters: Filters;
  interval: 'day' | 'week' | 'month';
  current: TicketKpis;
  previous: TicketKpis & { from: string; to: string };
  points: (Omit<TicketKpis, 'backlog'> & { start: string })[];
  agents: (Omit<TicketKpis, 'backlog'> & { agent: string })[];
}

export type DriverBy = 'first_response' | 'resolution' | 'replies' | 'reopened';

/** One bucket of a driver: the tickets solved in the range that fall in it, and the scores of their answers with 95% margins. */
export interface DriverBucket extends MetricSet {
  bucket: string;
  tickets: number;
  /** ± percentage points of CSAT %, ± of the CES mean, ± NPS points; null without answers. */
  margins: { csat: number | null; ces: number | null; nps: number | null };
}

/**
 * The strongest difference beyond its margin between two buckets with at least SMALL_SAMPLE answers
 * each: `better` is the bucket with the better score (CES: the lower), `difference` = |better − worse|.
 */
export interface DriverFinding {
  metric: 'csat' | 'ces' | 'nps';
  better: { bucket: string; value: number; n: number };
  worse: { bucket: string; value: number; n: number };
  difference: number;
  margin: number;
}

/** GET /api/v1/sites/:site/drivers?by=first_response|resolution|replies|reopened&from&to&… — buckets in SPEC order, all present. */
export interface DriversView {
  by: DriverBy;
  from: string;
  to: string;
  filters: Filters;
  buckets: DriverBucket[];
  strongest: DriverFinding | null;
}
