// The trend chart's wording (Chart.js labels, axes, tooltips) in every dashboard language (lib/i18n).
import type { Text } from '../../lib/i18n';

export interface ChartWords {
  csat: string;
  cesRight: string;
  none: string;
  range(low: string, high: string): string;
  small: string;
  soFar: string;
  footer(n: string): string;
  leftAxis: string;
  rightAxis: string;
  rolling: string;
  responses: string;
}

export const CHART_TEXT = {
  en: {
    csat: 'CSAT %',
    cesRight: 'CES mean (right axis)',
    none: 'no answers',
    range: (low, high) => `95%: ${low} to ${high}`,
    small: 'small sample',
    soFar: 'so far',
    footer: (n) => `Small sample (n = ${n}): read with care`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES mean (lower is better)',
    rolling: 'Responses in the 7 days to each day',
    responses: 'Responses',
  },
  it: {
    csat: 'CSAT %',
    cesRight: 'CES medio (asse destro)',
    none: 'nessuna risposta',
    range: (low, high) => `95%: da ${low} a ${high}`,
    small: 'campione ridotto',
    soFar: 'finora',
    footer: (n) => `Campione ridotto (n = ${n}): da leggere con cautela`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES medio (più basso è meglio)',
    rolling: 'Risposte nei 7 giorni fino a ogni giorno',
    responses: 'Risposte',
  },
  es: {
    csat: 'CSAT %',
    cesRight: 'CES medio (eje derecho)',
    none: 'sin respuestas',
    range: (low, high) => `95%: de ${low} a ${high}`,
    small: 'muestra pequeña',
    soFar: 'hasta ahora',
    footer: (n) => `Muestra pequeña (n = ${n}): interpretar con cautela`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES medio (más bajo es mejor)',
    rolling: 'Respuestas en los 7 días hasta cada día',
    responses: 'Respuestas',
  },
  fr: {
    csat: 'CSAT %',
    cesRight: 'CES moyen (axe de droite)',
    none: 'aucune réponse',
    range: (low, high) => `95 % : de ${low} à ${high}`,
    small: 'petit échantillon',
    soFar: 'jusqu’ici',
    footer: (n) => `Petit échantillon (n = ${n}) : à lire avec prudence`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES moyen (plus bas est meilleur)',
    rolling: 'Réponses sur les 7 jours jusqu’à chaque jour',
    responses: 'Réponses',
  },
  de: {
    csat: 'CSAT %',
    cesRight: 'CES-Mittelwert (rechte Achse)',
    none: 'keine Antworten',
    range: (low, high) => `95 %: ${low} bis ${high}`,
    small: 'kleine Stichprobe',
    soFar: 'bisher',
    footer: (n) => `Kleine Stichprobe (n = ${n}): mit Vorsicht lesen`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES-Mittelwert (niedriger ist besser)',
    rolling: 'Antworten in den 7 Tagen bis zu jedem Tag',
    responses: 'Antworten',
  },
  pt: {
    csat: 'CSAT %',
    cesRight: 'CES médio (eixo direito)',
    none: 'sem respostas',
    range: (low, high) => `95%: de ${low} a ${high}`,
    small: 'amostra pequena',
    soFar: 'até agora',
    footer: (n) => `Amostra pequena (n = ${n}): ler com cuidado`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES médio (mais baixo é melhor)',
    rolling: 'Respostas nos 7 dias até cada dia',
    responses: 'Respostas',
  },
  pl: {
    csat: 'CSAT %',
    cesRight: 'Średni CES (prawa oś)',
    none: 'brak odpowiedzi',
    range: (low, high) => `95%: od ${low} do ${high}`,
    small: 'mała próba',
    soFar: 'jak dotąd',
    footer: (n) => `Mała próba (n = ${n}): interpretuj ostrożnie`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'Średni CES (niższy jest lepszy)',
    rolling: 'Odpowiedzi z 7 dni do każdego dnia',
    responses: 'Odpowiedzi',
  },
  nl: {
    csat: 'CSAT %',
    cesRight: 'CES gemiddeld (rechteras)',
    none: 'geen antwoorden',
    range: (low, high) => `95%: ${low} tot ${high}`,
    small: 'kleine steekproef',
    soFar: 'tot nu toe',
    footer: (n) => `Kleine steekproef (n = ${n}): met voorzichtigheid lezen`,
    leftAxis: 'NPS · CSAT %',
    rightAxis: 'CES gemiddeld (lager is beter)',
    rolling: 'Antwoorden in de 7 dagen tot elke dag',
    responses: 'Antwoorden',
  },
} satisfies Text<ChartWords>;
