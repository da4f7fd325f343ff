// The weekly digest (digest.weekly, SPEC "Alerts and webhooks"): on Monday from 08:00, for every
// endpoint that wants it, last week's NPS, CSAT and CES with their 95% margins, what changed beyond
// the margin since the week before, the agents with the highest and lowest CSAT among those with
// enough answers, and the follow-ups still new. Weeks run Monday to Sunday in the site's time zone, and
// the digest is due from Monday 08:00 there. Queued by the every-minute cron into the outbox, once per
// endpoint and week (a unique index), then sent like any other event; an endpoint added after Monday
// 08:00 starts next week.
import type { AgentLine, DigestChange, DigestData, Filters, WeekMetrics } from '../../../shared/api';
import { cesMargin, csatMargin, differenceMargin, emptyCounts, metricsFromCounts, type MetricSet } from '../../../shared/metrics';
import { addDays, localDay, mondayOf, zonedTime } from '../../../shared/timezone';
import { followUpCounts } from '../db/inbox';
import { readTally } from '../db/metrics';
import { periodOf } from '../routes/sites/range';

const DAY = 86_400_000;
const SEND_HOUR = 8;
/** Agents with fewer CSAT answers in the week are not ranked. */
export const AGENT_MIN_ANSWERS = 20;
/** Below this many answers in either week a change is not called one. */
const SMALL_SAMPLE = 30;
/** Follow-ups still new: counted over this many days, as the inbox counts them (at most 1,000, then "1000+"). */
const INBOX_DAYS = 30;

/** Monday (YYYY-MM-DD) of the local week `now` is in. */
const mondayAt = (now: number, zone: string) => mondayOf(localDay(zone, now));

/** Monday 00:00 of the week `now` is in, in the zone (UTC by default), as UTC ms. */
export function weekStart(now: number, zone = 'UTC'): number {
  return zonedTime(zone, mondayAt(now, zone));
}

function withMargins(m: MetricSet): WeekMetrics {
  return {
    responses: m.responses,
    nps: m.nps && { n: m.nps.n, score: m.nps.score, margin95: m.nps.margin95 },
    csat: m.csat && { n: m.csat.n, percent: m.csat.percent, margin95: csatMargin(m.csat) },
    ces: m.ces && { n: m.ces.n, mean: m.ces.mean, margin95: cesMargin(m.ces) },
  };
}

interface Estimate {
  value: number;
  n: number;
  margin: number;
}

function changesOf(now: WeekMetrics, before: WeekMetrics): DigestChange[] {
  const nps = (m: WeekMetrics): Estimate | null => m.nps && { value: m.nps.score, n: m.nps.n, margin: m.nps.margin95 };
  const csat = (m: WeekMetrics): Estimate | null => m.csat && { value: m.csat.percent, n: m.csat.n, margin: m.csat.margin95 };
  const ces = (m: WeekMetrics): Estimate | null => m.ces && { value: m.ces.mean, n: m.ces.n, margin: m.ces.margin95 };
  const pairs = [
    { metric: 'nps', a: nps(now), b: nps(before), digits: 0, unit: '' },
    { metric: 'csat', a: csat(now), b: csat(before), digits: 0, unit: '%' },
    { metric: 'ces', a: ces(now), b: ces(before), digits: 2, unit: '' },
  ] as const;
  const out: DigestChange[] = [];
  for (const { metric, a, b, digits, unit } of pairs) {
    if (!a || !b || a.n < SMALL_SAMPLE || b.n < SMALL_SAMPLE) continue;
    const margin = differenceMargin(a.margin, b.margin);
    if (Math.abs(a.value - b.value) <= margin) continue;
    out.push({
      metric,
      now: a.value,
      before: b.value,
      margin,
      better: metric === 'ces' ? a.value < b.value : a.value > b.value,
      text: `${b.value.toFixed(digits)}${unit} → ${a.value.toFixed(digits)}${unit} (margin ±${margin.toFixed(Math.max(1, digits))})`,
    });
  }
  return out;
}

/** The digest of the week before the one `now` is in, for a site and an endpoint's filters. */
export async function digestOf(db: D1Database, site: { id: string; name: string }, f: Filters, now: number, origin: string | null, zone = 'UTC'): Promise<DigestData> {
  const monday = mondayAt(now, zone);
  const week = periodOf(zone, addDays(monday, -7), addDays(monday, -1));
  const before = periodOf(zone, addDays(monday, -14), addDays(monday, -8));
  const [cur, prev, agents, inbox] = await Promise.all([
    readTally(db, site.id, week, f, 'all'),
    readTally(db, site.id, before, f, 'all'),
    f.agent ? null : readTally(db, site.id, week, f, 'agent'),
    followUpCounts(db, site.id, { from: now - INBOX_DAYS * DAY, to: now }, f, 'new').then((c) => c.status.new),
  ]);
  const current = withMargins(metricsFromCounts(cur.counts.get(null) ?? emptyCounts()));
  const previous = withMargins(metricsFromCounts(prev.counts.get(null) ?? emptyCounts()));
  const ranked: AgentLine[] = [];
  for (const [agent, counts] of agents?.counts ?? []) {
    const csat = metricsFromCounts(counts).csat;
    if (agent !== null && csat && csat.n >= AGENT_MIN_ANSWERS) ranked.push({ agent, n: csat.n, percent: csat.percent });
  }
  ranked.sort((a, b) => b.percent - a.percent || b.n - a.n || a.agent.localeCompare(b.agent));
  const best = ranked.slice(0, Math.min(3, Math.ceil(ranked.length / 2)));
  const worst = ranked.slice(best.length).slice(-3).reverse();
  const q = new URLSearchParams({ site: site.id, from: week.fromDay, to: week.toDay });
  return {
    site,
    week: { from: week.fromDay, to: week.toDay, timeZone: zone },
    filters: f,
    current,
    previous,
    changes: changesOf(current, previous),
    agents: { minAnswers: AGENT_MIN_ANSWERS, best, worst },
    followUps: { new: inbox.n, capped: inbox.more, days: INBOX_DAYS },
    link: origin ? `${origin}/dashboard/?${q}` : null,
  };
}

interface Wanting {
  id: string;
  site_id: string;
  name: string;
  survey_id: string | null;
  agent: string | null;
  channel: string | null;
  zone: string | null;
  created_at: number;
  /** The week (its Monday) of the endpoint's last digest. */
  last: string | null;
}

/**
 * From Monday 08:00 on: last week's digest into the outbox of every endpoint that wants one and has
 * none for that week yet. Cheap when there is nothing to do: one read of the endpoints.
 */
export async function queueDigests(db: D1Database, now: number, origin: string | null): Promise<number> {
  const { results: endpoints } = await db
    .prepare(
      `SELECT e.id, e.site_id, s.name, e.survey_id, e.agent, e.channel, s.settings ->> '$.timezone' AS zone, e.created_at,
              (SELECT max(o.subject) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.event = 'digest.weekly') AS last
         FROM webhook_endpoints e JOIN sites s ON s.id = e.site_id
        WHERE e.disabled_at IS NULL AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE value = 'digest.weekly')`,
    )
    .all<Wanting>();
  // Each site's week: due from its Monday 08:00, for endpoints that existed then and have no digest of it.
  const due = new Map<string, { subject: string; sendAt: number } | null>();
  const weekOf = (zone: string) => {
    if (!due.has(zone)) {
      const monday = mondayAt(now, zone);
      const sendAt = zonedTime(zone, monday, SEND_HOUR * 60);
      due.set(zone, now < sendAt ? null : { subject: addDays(monday, -7), sendAt });
    }
    return due.get(zone)!;
  };
  const results = endpoints.filter((e) => {
    const w = weekOf(e.zone ?? 'UTC');
    return w !== null && e.created_at < w.sendAt && (e.last === null || e.last < w.subject);
  });
  const digests = new Map<string, Promise<DigestData>>(); // one per site and filter
  const insert = db.prepare(
    `INSERT INTO webhook_outbox (id, endpoint_id, site_id, event, subject, payload, created_at, next_at)
     VALUES ('msg_' || lower(hex(randomblob(16))), ?1, ?2, 'digest.weekly', ?3, ?4, ?5, ?5) ON CONFLICT DO NOTHING`,
  );
  const statements = await Promise.all(
    results.map(async (e) => {
      const f: Filters = { ...(e.survey_id && { survey: e.survey_id }), ...(e.agent && { agent: e.agent }), ...(e.channel && { channel: e.channel }) };
      const key = JSON.stringify([e.site_id, f]);
      const zone = e.zone ?? 'UTC';
      if (!digests.has(key)) digests.set(key, digestOf(db, { id: e.site_id, name: e.name }, f, now, origin, zone));
      const data = await digests.get(key)!;
      const payload = JSON.stringify({ type: 'digest.weekly', timestamp: new Date(now).toISOString(), data });
      return insert.bind(e.id, e.site_id, weekOf(zone)!.subject, payload, now);
    }),
  );
  if (statements.length) await db.batch(statements);
  return statements.length;
}
