// The change against the previous period, said honestly (shared/metrics/compare.ts decides): a
// difference in points with the combined 95% margin, a change only beyond it and only when both
// periods have enough answers, and which period has too few when one does. No percentage from a tiny base.
import { compareMetric, countChange, type Side } from '../../../shared/metrics/compare';
import { num, signed, signedPct } from '../lib/format';
import { tr, type Text } from '../lib/i18n';

export { SMALL_SAMPLE } from '../../../shared/metrics/bands';

interface Words {
  /** "in the previous 30 days" */
  inPrev(days: number): string;
  /** "vs previous 30 days" */
  vsPrev(days: number): string;
  noBefore(inPrev: string): string;
  fewNow(n: string): string;
  fewBefore(inPrev: string, n: string): string;
  fewBoth(now: string, before: string): string;
  within(delta: string, vsPrev: string, margin: string): string;
  change(delta: string, vsPrev: string, margin: string): string;
  same(vsPrev: string): string;
  better: string;
  worse: string;
  up: string;
  down: string;
  points: string;
  pp: string;
}

const T = {
  en: {
    inPrev: (d) => `in the previous ${num(d)} ${d === 1 ? 'day' : 'days'}`,
    vsPrev: (d) => `vs previous ${num(d)} ${d === 1 ? 'day' : 'days'}`,
    noBefore: (p) => `No answers ${p} to compare with`,
    fewNow: (n) => `Too few answers in this period (n = ${n}) to compare`,
    fewBefore: (p, n) => `Too few answers ${p} (n = ${n}) to compare`,
    fewBoth: (a, b) => `Too few answers in either period (n = ${a} now, n = ${b} before) to compare`,
    within: (delta, p, m) => `${delta} ${p}, within the ±${m} margin: no clear change`,
    change: (delta, p, m) => `${delta} ${p} (beyond the ±${m} margin)`,
    same: (p) => `No change ${p}`,
    better: 'better',
    worse: 'worse',
    up: 'Up',
    down: 'Down',
    points: 'points',
    pp: 'percentage points',
  },
  it: {
    inPrev: (d) => (d === 1 ? 'nel giorno precedente' : `nei ${num(d)} giorni precedenti`),
    vsPrev: (d) => (d === 1 ? 'rispetto al giorno precedente' : `rispetto ai ${num(d)} giorni precedenti`),
    noBefore: (p) => `Nessuna risposta ${p} con cui confrontare`,
    fewNow: (n) => `Troppo poche risposte in questo periodo (n = ${n}) per un confronto`,
    fewBefore: (p, n) => `Troppo poche risposte ${p} (n = ${n}) per un confronto`,
    fewBoth: (a, b) => `Troppo poche risposte in entrambi i periodi (n = ${a} ora, n = ${b} prima) per un confronto`,
    within: (delta, p, m) => `${delta} ${p}, entro il margine di ±${m}: nessuna variazione netta`,
    change: (delta, p, m) => `${delta} ${p} (oltre il margine di ±${m})`,
    same: (p) => `Nessuna variazione ${p}`,
    better: 'in meglio',
    worse: 'in peggio',
    up: 'In aumento:',
    down: 'In calo:',
    points: 'punti',
    pp: 'punti percentuali',
  },
  es: {
    inPrev: (d) => (d === 1 ? 'en el día anterior' : `en los ${num(d)} días anteriores`),
    vsPrev: (d) => (d === 1 ? 'frente al día anterior' : `frente a los ${num(d)} días anteriores`),
    noBefore: (p) => `No hay respuestas ${p} con las que comparar`,
    fewNow: (n) => `Muy pocas respuestas en este periodo (n = ${n}) para comparar`,
    fewBefore: (p, n) => `Muy pocas respuestas ${p} (n = ${n}) para comparar`,
    fewBoth: (a, b) => `Muy pocas respuestas en ambos periodos (n = ${a} ahora, n = ${b} antes) para comparar`,
    within: (delta, p, m) => `${delta} ${p}, dentro del margen de ±${m}: sin un cambio claro`,
    change: (delta, p, m) => `${delta} ${p} (fuera del margen de ±${m})`,
    same: (p) => `Sin cambios ${p}`,
    better: 'mejor',
    worse: 'peor',
    up: 'Sube:',
    down: 'Baja:',
    points: 'puntos',
    pp: 'puntos porcentuales',
  },
  fr: {
    inPrev: (d) => (d === 1 ? 'sur le jour précédent' : `sur les ${num(d)} jours précédents`),
    vsPrev: (d) => (d === 1 ? 'par rapport au jour précédent' : `par rapport aux ${num(d)} jours précédents`),
    noBefore: (p) => `Aucune réponse ${p} à comparer`,
    fewNow: (n) => `Trop peu de réponses sur cette période (n = ${n}) pour comparer`,
    fewBefore: (p, n) => `Trop peu de réponses ${p} (n = ${n}) pour comparer`,
    fewBoth: (a, b) => `Trop peu de réponses sur les deux périodes (n = ${a} maintenant, n = ${b} avant) pour comparer`,
    within: (delta, p, m) => `${delta} ${p}, dans la marge de ±${m} : pas de changement net`,
    change: (delta, p, m) => `${delta} ${p} (au-delà de la marge de ±${m})`,
    same: (p) => `Aucun changement ${p}`,
    better: 'mieux',
    worse: 'moins bien',
    up: 'En hausse :',
    down: 'En baisse :',
    points: 'points',
    pp: 'points de pourcentage',
  },
  de: {
    inPrev: (d) => (d === 1 ? 'am Vortag' : `in den vorherigen ${num(d)} Tagen`),
    vsPrev: (d) => (d === 1 ? 'gegenüber dem Vortag' : `gegenüber den vorherigen ${num(d)} Tagen`),
    noBefore: (p) => `Keine Antworten ${p} zum Vergleich`,
    fewNow: (n) => `Zu wenige Antworten in diesem Zeitraum (n = ${n}) für einen Vergleich`,
    fewBefore: (p, n) => `Zu wenige Antworten ${p} (n = ${n}) für einen Vergleich`,
    fewBoth: (a, b) => `Zu wenige Antworten in beiden Zeiträumen (n = ${a} jetzt, n = ${b} vorher) für einen Vergleich`,
    within: (delta, p, m) => `${delta} ${p}, innerhalb der Spanne von ±${m}: keine klare Veränderung`,
    change: (delta, p, m) => `${delta} ${p} (über die Spanne von ±${m} hinaus)`,
    same: (p) => `Keine Veränderung ${p}`,
    better: 'besser',
    worse: 'schlechter',
    up: 'Gestiegen:',
    down: 'Gesunken:',
    points: 'Punkte',
    pp: 'Prozentpunkte',
  },
  pt: {
    inPrev: (d) => (d === 1 ? 'no dia anterior' : `nos ${num(d)} dias anteriores`),
    vsPrev: (d) => (d === 1 ? 'face ao dia anterior' : `face aos ${num(d)} dias anteriores`),
    noBefore: (p) => `Sem respostas ${p} para comparar`,
    fewNow: (n) => `Respostas insuficientes neste período (n = ${n}) para comparar`,
    fewBefore: (p, n) => `Respostas insuficientes ${p} (n = ${n}) para comparar`,
    fewBoth: (a, b) => `Respostas insuficientes em ambos os períodos (n = ${a} agora, n = ${b} antes) para comparar`,
    within: (delta, p, m) => `${delta} ${p}, dentro da margem de ±${m}: sem alteração clara`,
    change: (delta, p, m) => `${delta} ${p} (fora da margem de ±${m})`,
    same: (p) => `Sem alteração ${p}`,
    better: 'melhor',
    worse: 'pior',
    up: 'Subiu:',
    down: 'Desceu:',
    points: 'pontos',
    pp: 'pontos percentuais',
  },
  pl: {
    inPrev: (d) => (d === 1 ? 'w poprzednim dniu' : `w poprzednich ${num(d)} dniach`),
    vsPrev: (d) => (d === 1 ? 'względem poprzedniego dnia' : `względem poprzednich ${num(d)} dni`),
    noBefore: (p) => `Brak odpowiedzi ${p} do porównania`,
    fewNow: (n) => `Za mało odpowiedzi w tym okresie (n = ${n}), by porównać`,
    fewBefore: (p, n) => `Za mało odpowiedzi ${p} (n = ${n}), by porównać`,
    fewBoth: (a, b) => `Za mało odpowiedzi w obu okresach (n = ${a} teraz, n = ${b} wcześniej), by porównać`,
    within: (delta, p, m) => `${delta} ${p}, w granicach marginesu ±${m}: brak wyraźnej zmiany`,
    change: (delta, p, m) => `${delta} ${p} (poza marginesem ±${m})`,
    same: (p) => `Bez zmian ${p}`,
    better: 'na lepsze',
    worse: 'na gorsze',
    up: 'Wzrost:',
    down: 'Spadek:',
    points: 'pkt',
    pp: 'pkt proc.',
  },
  nl: {
    inPrev: (d) => (d === 1 ? 'op de vorige dag' : `in de vorige ${num(d)} dagen`),
    vsPrev: (d) => (d === 1 ? 'ten opzichte van de vorige dag' : `ten opzichte van de vorige ${num(d)} dagen`),
    noBefore: (p) => `Geen antwoorden ${p} om mee te vergelijken`,
    fewNow: (n) => `Te weinig antwoorden in deze periode (n = ${n}) om te vergelijken`,
    fewBefore: (p, n) => `Te weinig antwoorden ${p} (n = ${n}) om te vergelijken`,
    fewBoth: (a, b) => `Te weinig antwoorden in beide periodes (n = ${a} nu, n = ${b} eerder) om te vergelijken`,
    within: (delta, p, m) => `${delta} ${p}, binnen de marge van ±${m}: geen duidelijke verandering`,
    change: (delta, p, m) => `${delta} ${p} (buiten de marge van ±${m})`,
    same: (p) => `Geen verandering ${p}`,
    better: 'beter',
    worse: 'slechter',
    up: 'Gestegen:',
    down: 'Gedaald:',
    points: 'punten',
    pp: 'procentpunten',
  },
} satisfies Text<Words>;

export interface ChangeProps {
  now: Side;
  before: Side;
  digits: number;
  /** "points" (NPS), "pp" percentage points (CSAT, rates); none for a mean. */
  unit?: 'points' | 'pp';
  /** CES: lower is better. */
  lowerIsBetter?: boolean;
  /** The length of both periods in days: the previous one is the same number of days just before. */
  days: number;
}

const ARROW = { up: '▲', down: '▼' } as const;

export function Change(p: ChangeProps) {
  const t: Words = tr(T);
  const c = compareMetric(p.now, p.before, p.lowerIsBetter);
  // With no answers now the card already says so; nothing to compare.
  if (c.kind === 'no-data') return c.side === 'now' ? null : <p class="change none">{t.noBefore(t.inPrev(p.days))}</p>;
  if (c.kind === 'too-few') {
    const [a, b] = [num(c.nNow), num(c.nBefore)];
    const text = c.side === 'both' ? t.fewBoth(a, b) : c.side === 'now' ? t.fewNow(a) : t.fewBefore(t.inPrev(p.days), b);
    return <p class="change small">{text}</p>;
  }
  const unit = p.unit ? ` ${t[p.unit]}` : '';
  const margin = num(c.margin, Math.max(1, p.digits));
  const vs = t.vsPrev(p.days);
  if (c.kind === 'within') return <p class="change margin">{t.within(`${signed(c.delta, p.digits)}${unit}`, vs, margin)}</p>;
  const dir = c.delta > 0 ? 'up' : 'down';
  return (
    <p class={`change ${c.better ? 'good' : 'bad'}`}>
      <span class="arrow" aria-hidden="true">
        {ARROW[dir]}
      </span>{' '}
      <span class="sr-only">{t[dir]} </span>
      {t.change(`${num(Math.abs(c.delta), p.digits)}${unit}`, vs, margin)}
      <span class="sr-only"> ({c.better ? t.better : t.worse})</span>
    </p>
  );
}

/** A plain count (responses) against the previous one: the difference, a percentage only from a base of 30 or more. */
export function CountChange({ now, before, days }: { now: number; before: number; days: number }) {
  const t: Words = tr(T);
  const { delta, percent } = countChange(now, before);
  if (delta === 0) return <p class="change flat">{t.same(t.vsPrev(days))}</p>;
  const pct = percent === null ? '' : ` (${signedPct(percent, 0)})`;
  return <p class="change flat">{`${signed(delta)} ${t.vsPrev(days)}${pct}`}</p>;
}
