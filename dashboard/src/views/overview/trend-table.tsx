// The trend as a data table: what the canvas shows, readable by screen readers and copyable, with
// each point's 95% range, its small-sample mark and the partial last interval said in words.
import type { Band } from '../../../../shared/metrics/bands';
import { fmtDay, fmtPoint } from '../../lib/dates';
import { NONE, num, pct as percent, signed } from '../../lib/format';
import { partialText, smallestN, type Series } from './trend-series';
import { tr, type Text } from '../../lib/i18n';
import { TableWrap } from '../../components/ui';

interface Words {
  label: string;
  caption(per: string, rolling: boolean): string;
  noun: Record<Series['interval'], string>;
  responses: string;
  csat: string;
  ces: string;
  per: Record<Series['interval'], string>;
  small(n: number): string;
  range(low: string, high: string): string;
}

const TEXT = {
  en: {
    label: 'Trend data table',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT and CES over the 7 days to each day, with 95% ranges' : `NPS, CSAT and CES per ${per}, with 95% ranges`),
    noun: { day: 'Day', week: 'Week of', month: 'Month' },
    responses: 'Responses',
    csat: 'CSAT %',
    ces: 'CES mean',
    per: { day: 'day', week: 'week', month: 'month' },
    small: (n) => `n = ${num(n)}, small sample`,
    range: (low, high) => `95%: ${low} to ${high}`,
  },
  it: {
    label: 'Tabella dei dati dell’andamento',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT e CES sui 7 giorni fino a ogni giorno, con intervalli al 95%' : `NPS, CSAT e CES per ${per}, con intervalli al 95%`),
    noun: { day: 'Giorno', week: 'Settimana del', month: 'Mese' },
    responses: 'Risposte',
    csat: 'CSAT %',
    ces: 'CES medio',
    per: { day: 'giorno', week: 'settimana', month: 'mese' },
    small: (n) => `n = ${num(n)}, campione ridotto`,
    range: (low, high) => `95%: da ${low} a ${high}`,
  },
  es: {
    label: 'Tabla de datos de la evolución',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT y CES en los 7 días hasta cada día, con intervalos del 95%' : `NPS, CSAT y CES por ${per}, con intervalos del 95%`),
    noun: { day: 'Día', week: 'Semana del', month: 'Mes' },
    responses: 'Respuestas',
    csat: 'CSAT %',
    ces: 'CES medio',
    per: { day: 'día', week: 'semana', month: 'mes' },
    small: (n) => `n = ${num(n)}, muestra pequeña`,
    range: (low, high) => `95%: de ${low} a ${high}`,
  },
  fr: {
    label: 'Tableau des données de l’évolution',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT et CES sur les 7 jours jusqu’à chaque jour, avec intervalles à 95 %' : `NPS, CSAT et CES par ${per}, avec intervalles à 95 %`),
    noun: { day: 'Jour', week: 'Semaine du', month: 'Mois' },
    responses: 'Réponses',
    csat: 'CSAT %',
    ces: 'CES moyen',
    per: { day: 'jour', week: 'semaine', month: 'mois' },
    small: (n) => `n = ${num(n)}, petit échantillon`,
    range: (low, high) => `95 % : de ${low} à ${high}`,
  },
  de: {
    label: 'Datentabelle des Verlaufs',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT und CES über die 7 Tage bis zu jedem Tag, mit 95-%-Bereichen' : `NPS, CSAT und CES pro ${per}, mit 95-%-Bereichen`),
    noun: { day: 'Tag', week: 'Woche ab', month: 'Monat' },
    responses: 'Antworten',
    csat: 'CSAT %',
    ces: 'CES-Mittelwert',
    per: { day: 'Tag', week: 'Woche', month: 'Monat' },
    small: (n) => `n = ${num(n)}, kleine Stichprobe`,
    range: (low, high) => `95 %: ${low} bis ${high}`,
  },
  pt: {
    label: 'Tabela de dados da evolução',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT e CES nos 7 dias até cada dia, com intervalos de 95%' : `NPS, CSAT e CES por ${per}, com intervalos de 95%`),
    noun: { day: 'Dia', week: 'Semana de', month: 'Mês' },
    responses: 'Respostas',
    csat: 'CSAT %',
    ces: 'CES médio',
    per: { day: 'dia', week: 'semana', month: 'mês' },
    small: (n) => `n = ${num(n)}, amostra pequena`,
    range: (low, high) => `95%: de ${low} a ${high}`,
  },
  pl: {
    label: 'Tabela danych trendu',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT i CES z 7 dni do każdego dnia, z przedziałami 95%' : `NPS, CSAT i CES na ${per}, z przedziałami 95%`),
    noun: { day: 'Dzień', week: 'Tydzień od', month: 'Miesiąc' },
    responses: 'Odpowiedzi',
    csat: 'CSAT %',
    ces: 'Średni CES',
    per: { day: 'dzień', week: 'tydzień', month: 'miesiąc' },
    small: (n) => `n = ${num(n)}, mała próba`,
    range: (low, high) => `95%: od ${low} do ${high}`,
  },
  nl: {
    label: 'Gegevenstabel van het verloop',
    caption: (per, rolling) => (rolling ? 'NPS, CSAT en CES over de 7 dagen tot elke dag, met 95%-bereiken' : `NPS, CSAT en CES per ${per}, met 95%-bereiken`),
    noun: { day: 'Dag', week: 'Week van', month: 'Maand' },
    responses: 'Antwoorden',
    csat: 'CSAT %',
    ces: 'CES gemiddeld',
    per: { day: 'dag', week: 'week', month: 'maand' },
    small: (n) => `n = ${num(n)}, kleine steekproef`,
    range: (low, high) => `95%: ${low} tot ${high}`,
  },
} satisfies Text<Words>;

function Cell({ band, fmt }: { band: Band | null; fmt: (v: number) => string }) {
  if (!band) return <td class="num">{NONE}</td>;
  const t: Words = tr(TEXT);
  return (
    <td class="num">
      {fmt(band.value)} <span class="band">({t.range(fmt(band.low), fmt(band.high))})</span>
    </td>
  );
}

export function TrendTable({ series }: { series: Series }) {
  const nps = (v: number) => signed(v, 0);
  const pct = (v: number) => percent(v, 1);
  const t: Words = tr(TEXT);
  const ces = (v: number) => num(v, 2);
  return (
    <TableWrap label={t.label}>
      <table class="trend-table">
        <caption>{t.caption(t.per[series.interval], series.rolling)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.noun[series.interval]}</th>
            <th scope="col" class="num">
              {t.responses}
            </th>
            <th scope="col" class="num">
              NPS
            </th>
            <th scope="col" class="num">
              {t.csat}
            </th>
            <th scope="col" class="num">
              {t.ces}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.start} class={p.small ? 'small-sample' : undefined}>
              <th scope="row">
                {series.interval === 'month' ? fmtPoint(p.start, 'month') : fmtDay(p.start.slice(0, 10))}
                {p.partial && <span class="badge partial">{partialText(series.interval)}</span>}
                {p.small && <span class="badge">{t.small(smallestN(p))}</span>}
              </th>
              <td class="num">{num(p.responses)}</td>
              <Cell band={p.nps} fmt={nps} />
              <Cell band={p.csat} fmt={pct} />
              <Cell band={p.ces} fmt={ces} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
