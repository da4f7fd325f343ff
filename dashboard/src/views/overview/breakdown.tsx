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
import { tr, type Text } from '../../lib/i18n';

interface Words {
  heading: string;
  groupBy: string;
  agent: string;
  channel: string;
  responses: string;
  csat: string;
  ces: string;
  none: string;
  note(n: number): string;
  table(by: string): string;
  caption(by: string): string;
  notSet: string;
  small: string;
}

const T = {
  en: {
    heading: 'Breakdown',
    groupBy: 'Group by',
    agent: 'Agent',
    channel: 'Channel',
    responses: 'Responses',
    csat: 'CSAT %',
    ces: 'CES mean',
    none: 'No responses in this period.',
    note: (n) => `Rows with fewer than ${n} responses are marked “small sample”: their numbers move a lot by chance. Select a column heading to sort.`,
    table: (by) => `Breakdown by ${by.toLowerCase()}, table`,
    caption: (by) => `Metrics by ${by.toLowerCase()}`,
    notSet: '(not set)',
    small: 'small sample',
  },
  it: {
    heading: 'Dettaglio',
    groupBy: 'Raggruppa per',
    agent: 'Agente',
    channel: 'Canale',
    responses: 'Risposte',
    csat: 'CSAT %',
    ces: 'CES medio',
    none: 'Nessuna risposta in questo periodo.',
    note: (n) => `Le righe con meno di ${n} risposte sono segnate come “campione ridotto”: i loro numeri variano molto per caso. Seleziona l’intestazione di una colonna per ordinare.`,
    table: (by) => `Dettaglio per ${by.toLowerCase()}, tabella`,
    caption: (by) => `Metriche per ${by.toLowerCase()}`,
    notSet: '(non indicato)',
    small: 'campione ridotto',
  },
  es: {
    heading: 'Desglose',
    groupBy: 'Agrupar por',
    agent: 'Agente',
    channel: 'Canal',
    responses: 'Respuestas',
    csat: 'CSAT %',
    ces: 'CES medio',
    none: 'No hay respuestas en este periodo.',
    note: (n) => `Las filas con menos de ${n} respuestas se marcan como “muestra pequeña”: sus cifras varían mucho por azar. Selecciona el encabezado de una columna para ordenar.`,
    table: (by) => `Desglose por ${by.toLowerCase()}, tabla`,
    caption: (by) => `Métricas por ${by.toLowerCase()}`,
    notSet: '(sin indicar)',
    small: 'muestra pequeña',
  },
  fr: {
    heading: 'Détail',
    groupBy: 'Regrouper par',
    agent: 'Agent',
    channel: 'Canal',
    responses: 'Réponses',
    csat: 'CSAT %',
    ces: 'CES moyen',
    none: 'Aucune réponse sur cette période.',
    note: (n) => `Les lignes de moins de ${n} réponses sont marquées « petit échantillon » : leurs chiffres varient beaucoup par hasard. Sélectionnez l’en-tête d’une colonne pour trier.`,
    table: (by) => `Détail par ${by.toLowerCase()}, tableau`,
    caption: (by) => `Indicateurs par ${by.toLowerCase()}`,
    notSet: '(non renseigné)',
    small: 'petit échantillon',
  },
  de: {
    heading: 'Aufschlüsselung',
    groupBy: 'Gruppieren nach',
    agent: 'Agent',
    channel: 'Kanal',
    responses: 'Antworten',
    csat: 'CSAT %',
    ces: 'CES-Mittelwert',
    none: 'Keine Antworten in diesem Zeitraum.',
    note: (n) => `Zeilen mit weniger als ${n} Antworten sind als „kleine Stichprobe“ markiert: Ihre Zahlen schwanken stark zufällig. Wählen Sie eine Spaltenüberschrift zum Sortieren.`,
    table: (by) => `Aufschlüsselung nach ${by}, Tabelle`,
    caption: (by) => `Kennzahlen nach ${by}`,
    notSet: '(nicht angegeben)',
    small: 'kleine Stichprobe',
  },
  pt: {
    heading: 'Detalhe',
    groupBy: 'Agrupar por',
    agent: 'Agente',
    channel: 'Canal',
    responses: 'Respostas',
    csat: 'CSAT %',
    ces: 'CES médio',
    none: 'Sem respostas neste período.',
    note: (n) => `As linhas com menos de ${n} respostas estão marcadas como “amostra pequena”: os seus números variam muito por acaso. Selecione o cabeçalho de uma coluna para ordenar.`,
    table: (by) => `Detalhe por ${by.toLowerCase()}, tabela`,
    caption: (by) => `Métricas por ${by.toLowerCase()}`,
    notSet: '(não indicado)',
    small: 'amostra pequena',
  },
  pl: {
    heading: 'Podział',
    groupBy: 'Grupuj według',
    agent: 'Konsultant',
    channel: 'Kanał',
    responses: 'Odpowiedzi',
    csat: 'CSAT %',
    ces: 'Średni CES',
    none: 'Brak odpowiedzi w tym okresie.',
    note: (n) => `Wiersze z mniej niż ${n} odpowiedziami są oznaczone jako „mała próba”: ich liczby mocno się wahają przypadkowo. Wybierz nagłówek kolumny, aby sortować.`,
    table: (by) => `Podział: ${by.toLowerCase()}, tabela`,
    caption: (by) => `Wskaźniki: ${by.toLowerCase()}`,
    notSet: '(nie podano)',
    small: 'mała próba',
  },
  nl: {
    heading: 'Uitsplitsing',
    groupBy: 'Groeperen op',
    agent: 'Medewerker',
    channel: 'Kanaal',
    responses: 'Antwoorden',
    csat: 'CSAT %',
    ces: 'CES gemiddeld',
    none: 'Geen antwoorden in deze periode.',
    note: (n) => `Rijen met minder dan ${n} antwoorden zijn gemarkeerd als “kleine steekproef”: hun cijfers schommelen sterk door toeval. Kies een kolomkop om te sorteren.`,
    table: (by) => `Uitsplitsing per ${by.toLowerCase()}, tabel`,
    caption: (by) => `Cijfers per ${by.toLowerCase()}`,
    notSet: '(niet ingevuld)',
    small: 'kleine steekproef',
  },
} satisfies Text<Words>;

type Row = Breakdown['rows'][number];
type By = Breakdown['by'];
type Col = 'key' | 'responses' | 'nps' | 'csat' | 'ces';

const COLUMNS: { id: Col; label(t: Words): string; value(r: Row): number | string | null }[] = [
  { id: 'key', label: (t) => t.agent, value: (r) => r.key?.toLowerCase() ?? null },
  { id: 'responses', label: (t) => t.responses, value: (r) => r.responses },
  { id: 'nps', label: () => 'NPS', value: (r) => r.nps?.score ?? null },
  { id: 'csat', label: (t) => t.csat, value: (r) => r.csat?.percent ?? null },
  { id: 'ces', label: (t) => t.ces, value: (r) => r.ces?.mean ?? null },
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
  const t: Words = tr(T);
  const noun = by === 'agent' ? t.agent : t.channel;

  const clickSort = (col: Col) =>
    setSort((s) =>
      s.col === col ? { col, dir: s.dir === 1 ? -1 : 1 } : { col, dir: col === 'key' ? 1 : -1 },
    );

  return (
    <section class="panel" aria-labelledby="breakdown-h">
      <div class="panel-head">
        <h2 id="breakdown-h">{t.heading}</h2>
        <Segmented
          legend={t.groupBy}
          name="by"
          value={by}
          options={[
            { id: 'agent', label: t.agent },
            { id: 'channel', label: t.channel },
          ]}
          onChange={(v) => navigate(withParams(q, { by: v === 'agent' ? null : v }), true)}
        />
      </div>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && res.data.rows.length === 0 && <p class="note">{t.none}</p>}
      {res.data && res.data.rows.length > 0 && (
        <>
          <p class="muted small">{t.note(SMALL_SAMPLE)}</p>
          <TableWrap label={t.table(noun)}>
            <table class="sortable">
              <caption class="sr-only">{t.caption(noun)}</caption>
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
                          {c.id === 'key' ? noun : c.label(t)}
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
                        {r.key !== null ? (by === 'agent' ? agentName(undefined, r.key) : r.key) : <span class="muted">{t.notSet}</span>}
                        {small && <span class="badge">{t.small}</span>}
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
