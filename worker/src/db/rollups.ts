// Per-day rollups of answer and link counts (migrations/0004–0006, 0010): the SQL that keeps them
// equal to the rows of `responses` (subtract what rows contributed, change the rows, add back what they
// contribute, all in one D1 batch), and which cell answers which question. Links keep their counts
// (issued, opened, answered) by triggers (0006, 0010). The raw rows stay the source of truth:
// rebuildSql() recomputes everything.
import { rebuildAspectsSql } from './aspect-rollups';

const NPS = Array.from({ length: 11 }, (_, i) => `nps_${i}`);
const CSAT = Array.from({ length: 5 }, (_, i) => `csat_${i + 1}`);
const CES = Array.from({ length: 5 }, (_, i) => `ces_${i + 1}`);
export const COUNT_COLUMNS = ['responses', ...NPS, ...CSAT, ...CES];
export const LINK_COLUMNS = ['links_issued', 'links_opened', 'links_answered'];

/** The dimensions a cell can group by or filter on, in the canonical order of a cell's filters. */
export const DIMENSIONS = ['agent', 'channel', 'source', 'lang', 'verified'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The cells every response adds to (the rows of the table rollup_cells, 0006): a grouping dimension
 * and up to two filters. Agent and channel, the breakdowns, take any two other filters; source, lang
 * and verified the later dimensions, one at a time. 29 cells.
 */
export const CELLS: readonly (readonly [grp: 'all' | Dimension, ...filters: Dimension[]])[] = (() => {
  const cells: (readonly ['all' | Dimension, ...Dimension[]])[] = [['all']];
  for (const grp of DIMENSIONS) {
    const breakdown = grp === 'agent' || grp === 'channel';
    const others = DIMENSIONS.filter((d, i) => d !== grp && (breakdown || i > DIMENSIONS.indexOf(grp)));
    cells.push([grp]);
    others.forEach((a, i) => {
      cells.push([grp, a]);
      if (breakdown) for (const b of others.slice(i + 1)) cells.push([grp, a, b]);
    });
  }
  return cells;
})();

const cellKeys = new Set(CELLS.map((c) => c.join(' ')));

/**
 * The rollup rows that answer a question: the cell's `dim` and, when the grouping dimension is
 * filtered too, its `value`. Null when no cell does (three filters without agent or channel, or
 * more), and the raw rows must answer.
 */
export function cellFor(filters: Partial<Record<Dimension, string>>, group: 'all' | 'agent' | 'channel'): { dim: string; value?: string } | null {
  const filtered = DIMENSIONS.filter((d) => filters[d] !== undefined);
  const grp = group !== 'all' ? group : filtered.find((d) => cellKeys.has([d, ...filtered.filter((x) => x !== d)].join(' ')));
  if (grp === undefined) return filtered.length === 0 ? { dim: 'all', value: '' } : null;
  const rest = filtered.filter((d) => d !== grp);
  if (!cellKeys.has([grp, ...rest].join(' '))) return null;
  return { dim: [grp, ...rest.map((d) => `${d}=${filters[d]}`)].join('\u001f'), value: filters[grp] };
}

/** A dimension's value in a row of `responses` (alias r) or of `links` (alias l: email, verified). */
function valueOf(d: string, row: 'r' | 'l'): string {
  return `CASE ${d} WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(${row}.agent, '') WHEN 'channel' THEN coalesce(${row}.channel, '')
    WHEN 'source' THEN ${row === 'r' ? 'r.source' : "'email'"} WHEN 'lang' THEN coalesce(${row}.lang, '')
    WHEN 'verified' THEN ${row === 'r' ? 'CAST(r.verified AS TEXT)' : "'1'"} END`;
}

const dimOf = (row: 'r' | 'l') =>
  `x.grp || coalesce(char(31) || x.f1 || '=' || (${valueOf('x.f1', row)}), '') || coalesce(char(31) || x.f2 || '=' || (${valueOf('x.f2', row)}), '')`;

const SUMS = [
  'count(*) AS responses',
  ...NPS.map((c, i) => `sum(r.nps IS ${i}) AS ${c}`),
  ...CSAT.map((c, i) => `sum(r.csat IS ${i + 1}) AS ${c}`),
  ...CES.map((c, i) => `sum(r.ces IS ${i + 1}) AS ${c}`),
].join(', ');

/** After every instant: a cursor here has passed every row there is or will be. */
export const LATEST = 8_640_000_000_000_000;
/**
 * The UTC offset (ms) a row of `site` created at `at` is counted with (SQL; why, in the header of
 * worker/src/db/timezone.ts): the current zone's behind the cursor of a pending recount or when none is
 * pending, else the older generation's. One primary-key seek in zone_recounts when none is pending.
 */
export function offsetSql(site: string, at: string): string {
  return `coalesce(CASE WHEN ${at} > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = ${site}), ${LATEST})
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = ${site}
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = ${site} AND h.upto_ms >= ${at})
        AND g.from_ms <= ${at} ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = ${site} AND o.from_ms <= ${at} ORDER BY o.from_ms DESC LIMIT 1) END, 0)`;
}

/**
 * The local day (YYYY-MM-DD) of an instant in a site's time zone: its offset period from
 * site_utc_offsets (migrations/0012_timezone.sql; none for UTC sites: offset 0), one index seek, or
 * during a recount the offsets the row is counted with (offsetSql).
 */
export function localDaySql(site: string, at: string): string {
  return `strftime('%Y-%m-%d', (${at} + ${offsetSql(site, at)}) / 1000, 'unixepoch')`;
}

/** The columns a response or link counts by (the subqueries below hold only these, not comments). */
const RESPONSE_COLUMNS = ['site_id', 'survey_id', 'agent', 'channel', 'source', 'lang', 'verified', 'nps', 'csat', 'ces'].map((c) => `r.${c}`).join(', ');
const LINK_ROW_COLUMNS = ['site_id', 'survey_id', 'agent', 'channel', 'lang', 'opened_at', 'answered_at'].map((c) => `l.${c}`).join(', ');

/**
 * What the responses matching `where` (alias r, numbered parameters) contribute, per rollup row. The
 * rows and their local day come from a subquery that LIMIT -1 keeps from being flattened into the join,
 * so the day is looked up once per response, not once per response and cell.
 */
function contributions(where: string): string {
  return `SELECT r.site_id, r.day, r.survey_id, ${dimOf('r')} AS dim,
      ${valueOf('x.grp', 'r')} AS value, ${SUMS}
    FROM (SELECT ${RESPONSE_COLUMNS}, ${localDaySql('r.site_id', 'r.created_at')} AS day FROM responses r WHERE ${where} LIMIT -1) r, rollup_cells x
    GROUP BY 1, 2, 3, 4, 5`;
}

const KEY = 'd.site_id = g.site_id AND d.dim = g.dim AND d.day = g.day AND d.survey_id = g.survey_id AND d.value = g.value';

export function subtractSql(where: string): string {
  return `UPDATE daily_rollups AS d SET ${COUNT_COLUMNS.map((c) => `${c} = d.${c} - g.${c}`).join(', ')}
    FROM (${contributions(where)}) AS g WHERE ${KEY}`;
}

export function addSql(where: string): string {
  return `INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, ${COUNT_COLUMNS.join(', ')})
    SELECT * FROM (${contributions(where)}) WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/**
 * Adds (sign 1) or subtracts (sign -1) what the links matching `where` (alias l, numbered parameters)
 * count: issued, opened and answered on the local day each was issued.
 */
export function linksSql(where: string, sign: 1 | -1 = 1): string {
  return `INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, ${LINK_COLUMNS.join(', ')})
      SELECT l.site_id, l.day, l.survey_id, ${dimOf('l')}, ${valueOf('x.grp', 'l')},
             ${sign} * count(*), ${sign} * count(l.opened_at), ${sign} * count(l.answered_at)
        FROM (SELECT ${LINK_ROW_COLUMNS}, ${localDaySql('l.site_id', 'l.created_at')} AS day FROM links l WHERE ${where} LIMIT -1) l, rollup_cells x
        GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
        links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
        links_answered = links_answered + excluded.links_answered`;
}

/**
 * Adds (sign 1) or subtracts (sign -1) what the solved tickets matching `where` (alias t) count with
 * their answers: the INSTEAD OF trigger of migrations/0017_ticket_rollups.sql, once per ticket.
 */
export function ticketsSql(where: string, sign: 1 | -1): string {
  return `INSERT INTO ticket_contributions (site_id, ticket, sign) SELECT t.site_id, t.ticket, ${sign} FROM ticket_facts t WHERE ${where} AND t.solved_at IS NOT NULL`;
}

/**
 * Recomputes every rollup from the raw responses, links and ticket facts (`npm run admin -- rollups
 * rebuild`); without `tickets`, all but the ticket rollups (bulk seeding, whose triggers counted them).
 */
export function rebuildSql({ tickets = true } = {}): string[] {
  return [
    'DELETE FROM daily_rollups',
    addSql('true'),
    linksSql('true'),
    ...rebuildAspectsSql(),
    ...(tickets ? ['DELETE FROM ticket_rollups', 'DELETE FROM ticket_drivers', ticketsSql('true', 1)] : []),
    // The search index is derived from the rows too.
    "INSERT INTO comments_fts (comments_fts) VALUES ('rebuild')",
  ];
}
