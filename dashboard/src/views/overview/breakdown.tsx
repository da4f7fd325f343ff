// Metrics per agent or per channel: a table sorted by clicking a column header; rows with fewer
// than 30 responses are marked "small sample" in words, not only in colour.
import { useState } from 'preact/hooks';
import type { Breakdown } from '../../../../shared/api';
import { enc, query } from '../../lib/api';
import { SMALL_SAMPLE } from '../../components/change';
import { filterParams } from '../../lib/filters';
import { NONE, num, pct, signed } from '../../lib/format';
import { navigate, withParams } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { agentName } from '../../lib/agents';
import { ErrorNote, Loading, Segmented, TableWrap } from '../../components/ui';

type Row = Breakdown['rows'][number];
type By = Breakdown['by'];
type Col = 'key' | 'responses' | 'nps' | 'csat' | 'ces';

const COLUMNS: { id: Col; label: string; value(r: Row): number | string | null }[] = [
  { id: 'key', label: 'Name', value: (r) => r.key?.toLowerCase() ?? null },
  { id: 'responses', label: 'Responses', value: (r) => r.responses },
  { id: 'nps', label: 'NPS', value: (r) => r.nps?.score ?? null },
  { id: 'csat', label: 'CSAT %', value: (r) => r.csat?.percent ?? null },
  { id: 'ces', label: 'CES mean', value: (r) => r.ces?.mean ?? null },
];

function sortRows(rows: Row[], col: Col, dir: 1 | -1): Row[] {
  const value = COLUMNS.find((c) => c.id === col)!.value;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Rows without a value go last whichever the direction.
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return (va < vb ? -1 : va > vb ? 1 : 0) * dir;
  });
}

export function BreakdownSection({ q, site }: { q: URLSearchParams; site: string }) {
  const by: By = q.get('by') === 'channel' ? 'channel' : 'agent';
  const res = useApi<Breakdown>(`/sites/${enc(site)}/breakdown${query({ by, ...filterParams(q) })}`);
  const [sort, setSort] = useState<{ col: Col; dir: 1 | -1 }>({ col: 'responses', dir: -1 });
  const noun = by === 'agent' ? 'Agent' : 'Channel';

  const clickSort = (col: Col) =>
    setSort((s) =>
      s.col === col ? { col, dir: s.dir === 1 ? -1 : 1 } : { col, dir: col === 'key' ? 1 : -1 },
    );

  return (
    <section class="panel" aria-labelledby="breakdown-h">
      <div class="panel-head">
        <h2 id="breakdown-h">Breakdown</h2>
        <Segmented
          legend="Group by"
          name="by"
          value={by}
          options={[
            { id: 'agent', label: 'Agent' },
            { id: 'channel', label: 'Channel' },
          ]}
          onChange={(v) => navigate(withParams(q, { by: v === 'agent' ? null : v }), true)}
        />
      </div>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && res.data.rows.length === 0 && <p class="note">No responses in this period.</p>}
      {res.data && res.data.rows.length > 0 && (
        <>
          <p class="muted small">
            Rows with fewer than {SMALL_SAMPLE} responses are marked “small sample”: their numbers move a lot
            by chance. Select a column heading to sort.
          </p>
          <TableWrap label={`Breakdown by ${by}, table`}>
            <table class="sortable">
              <caption class="sr-only">Metrics by {by}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => {
                    const active = sort.col === c.id;
                    return (
                      <th
                        key={c.id}
                        scope="col"
                        class={c.id === 'key' ? undefined : 'num'}
                        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                      >
                        <button type="button" onClick={() => clickSort(c.id)}>
                          {c.id === 'key' ? noun : c.label}
                          <span class="sort-mark" aria-hidden="true">
                            {active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {sortRows(res.data.rows, sort.col, sort.dir).map((r) => {
                  const small = r.responses < SMALL_SAMPLE;
                  return (
                    <tr key={r.key ?? ''} class={small ? 'small-sample' : undefined}>
                      <th scope="row">
                        {r.key !== null ? (by === 'agent' ? agentName(undefined, r.key) : r.key) : <span class="muted">(not set)</span>}
                        {small && <span class="badge">small sample</span>}
                      </th>
                      <td class="num">{num(r.responses)}</td>
                      <td class="num">{r.nps ? signed(r.nps.score) : NONE}</td>
                      <td class="num">{pct(r.csat?.percent)}</td>
                      <td class="num">{r.ces ? num(r.ces.mean, 2) : NONE}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
