// The agents view's two tables: CSAT, CES and NPS per agent, then the aspect means per agent; each cell
// has the agent's value and its difference from the rest of the team ± the margin, flagged in words
// (and a symbol) only when the difference is beyond the margin — never by colour alone.
import type { AgentRow, AgentsView, SiteInfo } from '../../../../shared/api';
import { isSmall } from '../../../../shared/metrics/bands';
import type { Comparison } from '../../../../shared/metrics/compare';
import { agentName, aspectLabel } from '../../lib/agents';
import { tr } from '../../lib/i18n';
import { NONE, num, pct, signed } from '../../lib/format';
import { TableWrap } from '../../components/ui';
import { T } from './agents.text';

/** How far from the rest of the team: "+4.1 ± 3.0", flagged only beyond the margin. */
function Versus({ c, digits, unit = '' }: { c: Comparison; digits: number; unit?: string }) {
  const t = tr(T);
  if (c.kind === 'no-data') return null;
  if (c.kind === 'too-few') return <span class="vs muted">{t.tooFew}</span>;
  const text = `${signed(c.delta, digits)}${unit} ± ${num(c.margin, digits)}${unit}`;
  if (c.kind === 'within') return <span class="vs muted">{t.within(text)}</span>;
  return (
    <span class={c.better ? 'vs flag better' : 'vs flag worse'}>
      <span aria-hidden="true">{c.better ? '▲ ' : '▼ '}</span>
      {c.better ? t.better(text) : t.worse(text)}
    </span>
  );
}

function Cell({ value, c, digits, unit }: { value: string; c?: Comparison; digits: number; unit?: string }) {
  return (
    <td class="num">
      <span class="value">{value}</span>
      {c && <Versus c={c} digits={digits} unit={unit} />}
    </td>
  );
}

function NameCell({ site, row }: { site: SiteInfo; row: AgentRow }) {
  const t = tr(T);
  const name = agentName(site, row.agent);
  return (
    <th scope="row">
      {name}
      {name !== row.agent && <span class="muted agent-id"> ({row.agent})</span>}
      {isSmall(row.responses) && <span class="badge">{t.small}</span>}
    </th>
  );
}

export function MetricsTable({ site, data }: { site: SiteInfo; data: AgentsView }) {
  const t = tr(T);
  const team = data.team;
  return (
    <TableWrap label={t.metricsLabel}>
      <table class="agents-table">
        <caption class="sr-only">{t.metricsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.agent}</th>
            <th scope="col" class="num">{t.answers}</th>
            <th scope="col" class="num">{t.csat}</th>
            <th scope="col" class="num">{t.ces}</th>
            <th scope="col" class="num">{t.nps}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="team-row">
            <th scope="row">{t.team}</th>
            <td class="num">{num(team.responses)}</td>
            <Cell value={pct(team.csat?.percent)} digits={1} />
            <Cell value={team.ces ? num(team.ces.mean, 2) : NONE} digits={2} />
            <Cell value={team.nps ? signed(team.nps.score) : NONE} digits={0} />
          </tr>
          {data.agents.map((a) => (
            <tr key={a.agent} class={isSmall(a.responses) ? 'small-sample' : undefined}>
              <NameCell site={site} row={a} />
              <td class="num">{num(a.responses)}</td>
              <Cell value={pct(a.csat?.percent)} c={a.vsTeam.csat} digits={1} unit={t.points} />
              <Cell value={a.ces ? num(a.ces.mean, 2) : NONE} c={a.vsTeam.ces} digits={2} />
              <Cell value={a.nps ? signed(a.nps.score) : NONE} c={a.vsTeam.nps} digits={0} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function AspectsTable({ site, data }: { site: SiteInfo; data: AgentsView }) {
  const t = tr(T);
  const keys = data.team.aspects.map((a) => a.key);
  if (keys.length === 0) return <p class="note">{t.noAspects}</p>;
  const mean = (m: { mean: number | null } | undefined) => (m?.mean == null ? NONE : num(m.mean, 2));
  return (
    <TableWrap label={t.aspectsLabel}>
      <table class="agents-table">
        <caption class="sr-only">{t.aspectsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.agent}</th>
            {keys.map((k) => (
              <th key={k} scope="col" class="num">{aspectLabel(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="team-row">
            <th scope="row">{t.team}</th>
            {data.team.aspects.map((a) => (
              <Cell key={a.key} value={mean(a)} digits={2} />
            ))}
          </tr>
          {data.agents.map((a) => (
            <tr key={a.agent} class={isSmall(a.responses) ? 'small-sample' : undefined}>
              <NameCell site={site} row={a} />
              {keys.map((k) => (
                <Cell key={k} value={mean(a.aspects.find((x) => x.key === k))} c={a.vsTeam.aspects[k]} digits={2} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
