// Each agent's speed (tickets solved, median first response and resolution, one-touch rate) beside
// their customers' satisfaction (CSAT %, NPS from the Agents view's API), so "fast but unhappy" shows.
import type { AgentsView, KpisView, SiteInfo } from '../../../../shared/api';
import { isSmall } from '../../../../shared/metrics/bands';
import { TableWrap } from '../../components/ui';
import { agentName } from '../../lib/agents';
import { duration, NONE, num, pct, signed } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { speedRows } from './support-shape';
import { SUPPORT_TEXT, type SupportWords } from './support.text';

export function AgentSpeed({ site, kpis, agents }: { site: SiteInfo; kpis: KpisView; agents: AgentsView | undefined }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  const rows = speedRows(kpis.agents, agents?.agents);
  return (
    <section class="panel" aria-labelledby="agent-speed-h">
      <h2 id="agent-speed-h">{t.agents}</h2>
      <p class="muted small agents-intro">{t.agentsIntro}</p>
      {rows.length === 0 ? (
        <p class="note">{t.noAgents}</p>
      ) : (
        <TableWrap label={t.agentsLabel}>
          <table class="agents-table agent-speed">
            <caption class="sr-only">{t.agentsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.agent}</th>
                <th scope="col" class="num">{t.solved}</th>
                <th scope="col" class="num">{t.firstShort}</th>
                <th scope="col" class="num">{t.resolutionShort}</th>
                <th scope="col" class="num">{t.oneTouch}</th>
                <th scope="col" class="num">{t.answers}</th>
                <th scope="col" class="num">CSAT %</th>
                <th scope="col" class="num">NPS</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const name = agentName(site, r.agent);
                return (
                  <tr key={r.agent}>
                    <th scope="row">
                      {name}
                      {name !== r.agent && <span class="muted agent-id"> ({r.agent})</span>}
                    </th>
                    <td class="num">{num(r.solved)}</td>
                    <td class="num">{duration(r.firstResponse)}</td>
                    <td class="num">{duration(r.resolution)}</td>
                    <td class="num">{pct(r.oneTouchRate)}</td>
                    <td class="num">
                      {num(r.answers)}
                      {r.answers > 0 && isSmall(r.answers) && <> <span class="badge">{t.small}</span></>}
                    </td>
                    <td class="num">{pct(r.csat)}</td>
                    <td class="num">{r.nps === null ? NONE : signed(r.nps)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
