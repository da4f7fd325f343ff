// The overview trend's wording in every dashboard language (lib/i18n).
import { SMALL_SAMPLE } from '../../../../shared/metrics';
import type { Text } from '../../lib/i18n';
import type { Interval } from './trend-series';

type Per = Interval | 'rolling';

export interface TrendWords {
  heading: string;
  interval: string;
  intervals: Record<Interval, string>;
  points: string;
  thatDay: string;
  last7: string;
  /** "day", "week", "month", "7 days": what one point covers, after "per" */
  per: Record<Per, string>;
  chosen(per: string): string;
  legend(partial: string | null): string;
  rollingNote: string;
  none: string;
  chartFailed: string;
  mainLabel(per: string): string;
  volumeLabel(per: string): string;
  table: string;
}

export const TREND_TEXT = {
  en: {
    heading: 'Trend',
    interval: 'Interval',
    intervals: { day: 'Day', week: 'Week', month: 'Month' },
    points: 'Each point',
    thatDay: 'That day',
    last7: 'Last 7 days',
    per: { day: 'day', week: 'week', month: 'month', rolling: '7 days' },
    chosen: (per) => `Shown by ${per}, chosen so that most points have ${SMALL_SAMPLE} or more answers; pick another interval above.`,
    legend: (partial) =>
      `Shaded: the 95% range of each point. Hollow markers and dotted lines: fewer than ${SMALL_SAMPLE} answers (small sample).` +
      (partial ? ` The last point is ${partial}, dotted too.` : ''),
    rollingNote: 'Each point pools the answers of that day and the 6 days before it.',
    none: 'No responses in this period.',
    chartFailed: 'The chart could not be loaded; the table below has the same numbers.',
    mainLabel: (per) =>
      `Line chart of NPS, CSAT % and CES mean per ${per} with 95% ranges; small samples hollow; the table below has the same numbers.`,
    volumeLabel: (per) => `Bar chart of responses per ${per}; the table below has the same numbers.`,
    table: 'Show the trend as a table',
  },
  it: {
    heading: 'Andamento',
    interval: 'Intervallo',
    intervals: { day: 'Giorno', week: 'Settimana', month: 'Mese' },
    points: 'Ogni punto',
    thatDay: 'Quel giorno',
    last7: 'Ultimi 7 giorni',
    per: { day: 'giorno', week: 'settimana', month: 'mese', rolling: '7 giorni' },
    chosen: (per) => `Mostrato per ${per}, scelto in modo che la maggior parte dei punti abbia almeno ${SMALL_SAMPLE} risposte; puoi scegliere un altro intervallo qui sopra.`,
    legend: (partial) =>
      `Area ombreggiata: l’intervallo al 95% di ogni punto. Indicatori vuoti e linee punteggiate: meno di ${SMALL_SAMPLE} risposte (campione ridotto).` +
      (partial ? ` L’ultimo punto è ${partial}, anch’esso punteggiato.` : ''),
    rollingNote: 'Ogni punto riunisce le risposte di quel giorno e dei 6 giorni precedenti.',
    none: 'Nessuna risposta in questo periodo.',
    chartFailed: 'Non è stato possibile caricare il grafico; la tabella qui sotto riporta gli stessi numeri.',
    mainLabel: (per) =>
      `Grafico a linee di NPS, CSAT % e CES medio per ${per} con intervalli al 95%; campioni ridotti vuoti; la tabella qui sotto riporta gli stessi numeri.`,
    volumeLabel: (per) => `Grafico a barre delle risposte per ${per}; la tabella qui sotto riporta gli stessi numeri.`,
    table: 'Mostra l’andamento come tabella',
  },
  es: {
    heading: 'Evolución',
    interval: 'Intervalo',
    intervals: { day: 'Día', week: 'Semana', month: 'Mes' },
    points: 'Cada punto',
    thatDay: 'Ese día',
    last7: 'Últimos 7 días',
    per: { day: 'día', week: 'semana', month: 'mes', rolling: '7 días' },
    chosen: (per) => `Mostrado por ${per}, elegido para que la mayoría de los puntos tenga ${SMALL_SAMPLE} respuestas o más; elige otro intervalo arriba.`,
    legend: (partial) =>
      `Sombreado: el intervalo del 95% de cada punto. Marcadores huecos y líneas punteadas: menos de ${SMALL_SAMPLE} respuestas (muestra pequeña).` +
      (partial ? ` El último punto es ${partial}, también punteado.` : ''),
    rollingNote: 'Cada punto reúne las respuestas de ese día y de los 6 días anteriores.',
    none: 'No hay respuestas en este periodo.',
    chartFailed: 'No se pudo cargar el gráfico; la tabla de abajo tiene las mismas cifras.',
    mainLabel: (per) =>
      `Gráfico de líneas de NPS, CSAT % y CES medio por ${per} con intervalos del 95%; muestras pequeñas huecas; la tabla de abajo tiene las mismas cifras.`,
    volumeLabel: (per) => `Gráfico de barras de respuestas por ${per}; la tabla de abajo tiene las mismas cifras.`,
    table: 'Mostrar la evolución como tabla',
  },
  fr: {
    heading: 'Évolution',
    interval: 'Intervalle',
    intervals: { day: 'Jour', week: 'Semaine', month: 'Mois' },
    points: 'Chaque point',
    thatDay: 'Ce jour-là',
    last7: '7 derniers jours',
    per: { day: 'jour', week: 'semaine', month: 'mois', rolling: '7 jours' },
    chosen: (per) => `Affiché par ${per}, choisi pour que la plupart des points aient au moins ${SMALL_SAMPLE} réponses ; choisissez un autre intervalle ci-dessus.`,
    legend: (partial) =>
      `Zone ombrée : l’intervalle à 95 % de chaque point. Marqueurs creux et lignes pointillées : moins de ${SMALL_SAMPLE} réponses (petit échantillon).` +
      (partial ? ` Le dernier point est ${partial}, en pointillé lui aussi.` : ''),
    rollingNote: 'Chaque point regroupe les réponses de ce jour et des 6 jours précédents.',
    none: 'Aucune réponse sur cette période.',
    chartFailed: 'Le graphique n’a pas pu être chargé ; le tableau ci-dessous contient les mêmes chiffres.',
    mainLabel: (per) =>
      `Graphique linéaire du NPS, du CSAT % et du CES moyen par ${per} avec intervalles à 95 % ; petits échantillons creux ; le tableau ci-dessous contient les mêmes chiffres.`,
    volumeLabel: (per) => `Diagramme en barres des réponses par ${per} ; le tableau ci-dessous contient les mêmes chiffres.`,
    table: 'Afficher l’évolution sous forme de tableau',
  },
  de: {
    heading: 'Verlauf',
    interval: 'Intervall',
    intervals: { day: 'Tag', week: 'Woche', month: 'Monat' },
    points: 'Jeder Punkt',
    thatDay: 'Dieser Tag',
    last7: 'Letzte 7 Tage',
    per: { day: 'Tag', week: 'Woche', month: 'Monat', rolling: '7 Tage' },
    chosen: (per) => `Angezeigt pro ${per}, so gewählt, dass die meisten Punkte mindestens ${SMALL_SAMPLE} Antworten haben; oben können Sie ein anderes Intervall wählen.`,
    legend: (partial) =>
      `Schattiert: der 95-%-Bereich jedes Punkts. Hohle Markierungen und gepunktete Linien: weniger als ${SMALL_SAMPLE} Antworten (kleine Stichprobe).` +
      (partial ? ` Der letzte Punkt ist ${partial}, ebenfalls gepunktet.` : ''),
    rollingNote: 'Jeder Punkt fasst die Antworten dieses Tages und der 6 Tage davor zusammen.',
    none: 'Keine Antworten in diesem Zeitraum.',
    chartFailed: 'Das Diagramm konnte nicht geladen werden; die Tabelle unten enthält dieselben Zahlen.',
    mainLabel: (per) =>
      `Liniendiagramm von NPS, CSAT % und CES-Mittelwert pro ${per} mit 95-%-Bereichen; kleine Stichproben hohl; die Tabelle unten enthält dieselben Zahlen.`,
    volumeLabel: (per) => `Balkendiagramm der Antworten pro ${per}; die Tabelle unten enthält dieselben Zahlen.`,
    table: 'Verlauf als Tabelle anzeigen',
  },
  pt: {
    heading: 'Evolução',
    interval: 'Intervalo',
    intervals: { day: 'Dia', week: 'Semana', month: 'Mês' },
    points: 'Cada ponto',
    thatDay: 'Nesse dia',
    last7: 'Últimos 7 dias',
    per: { day: 'dia', week: 'semana', month: 'mês', rolling: '7 dias' },
    chosen: (per) => `Mostrado por ${per}, escolhido para que a maioria dos pontos tenha ${SMALL_SAMPLE} ou mais respostas; escolha outro intervalo acima.`,
    legend: (partial) =>
      `Sombreado: o intervalo de 95% de cada ponto. Marcadores vazios e linhas pontilhadas: menos de ${SMALL_SAMPLE} respostas (amostra pequena).` +
      (partial ? ` O último ponto é ${partial}, também pontilhado.` : ''),
    rollingNote: 'Cada ponto junta as respostas desse dia e dos 6 dias anteriores.',
    none: 'Sem respostas neste período.',
    chartFailed: 'Não foi possível carregar o gráfico; a tabela abaixo tem os mesmos números.',
    mainLabel: (per) =>
      `Gráfico de linhas de NPS, CSAT % e CES médio por ${per} com intervalos de 95%; amostras pequenas vazias; a tabela abaixo tem os mesmos números.`,
    volumeLabel: (per) => `Gráfico de barras das respostas por ${per}; a tabela abaixo tem os mesmos números.`,
    table: 'Mostrar a evolução como tabela',
  },
  pl: {
    heading: 'Trend',
    interval: 'Interwał',
    intervals: { day: 'Dzień', week: 'Tydzień', month: 'Miesiąc' },
    points: 'Każdy punkt',
    thatDay: 'Ten dzień',
    last7: 'Ostatnie 7 dni',
    per: { day: 'dzień', week: 'tydzień', month: 'miesiąc', rolling: '7 dni' },
    chosen: (per) => `Pokazano na ${per}, tak aby większość punktów miała co najmniej ${SMALL_SAMPLE} odpowiedzi; wyżej możesz wybrać inny interwał.`,
    legend: (partial) =>
      `Cieniowanie: 95-procentowy przedział każdego punktu. Puste znaczniki i kropkowane linie: mniej niż ${SMALL_SAMPLE} odpowiedzi (mała próba).` +
      (partial ? ` Ostatni punkt to ${partial}, także kropkowany.` : ''),
    rollingNote: 'Każdy punkt łączy odpowiedzi z tego dnia i 6 dni wcześniej.',
    none: 'Brak odpowiedzi w tym okresie.',
    chartFailed: 'Nie udało się wczytać wykresu; tabela poniżej zawiera te same liczby.',
    mainLabel: (per) =>
      `Wykres liniowy NPS, CSAT % i średniego CES na ${per} z przedziałami 95%; małe próby puste; tabela poniżej zawiera te same liczby.`,
    volumeLabel: (per) => `Wykres słupkowy odpowiedzi na ${per}; tabela poniżej zawiera te same liczby.`,
    table: 'Pokaż trend jako tabelę',
  },
  nl: {
    heading: 'Verloop',
    interval: 'Interval',
    intervals: { day: 'Dag', week: 'Week', month: 'Maand' },
    points: 'Elk punt',
    thatDay: 'Die dag',
    last7: 'Laatste 7 dagen',
    per: { day: 'dag', week: 'week', month: 'maand', rolling: '7 dagen' },
    chosen: (per) => `Per ${per} getoond, zo gekozen dat de meeste punten ${SMALL_SAMPLE} of meer antwoorden hebben; kies hierboven een ander interval.`,
    legend: (partial) =>
      `Gearceerd: het 95%-bereik van elk punt. Holle markeringen en stippellijnen: minder dan ${SMALL_SAMPLE} antwoorden (kleine steekproef).` +
      (partial ? ` Het laatste punt is ${partial}, ook gestippeld.` : ''),
    rollingNote: 'Elk punt bundelt de antwoorden van die dag en de 6 dagen ervoor.',
    none: 'Geen antwoorden in deze periode.',
    chartFailed: 'De grafiek kon niet worden geladen; de tabel hieronder bevat dezelfde cijfers.',
    mainLabel: (per) =>
      `Lijngrafiek van NPS, CSAT % en CES gemiddeld per ${per} met 95%-bereiken; kleine steekproeven hol; de tabel hieronder bevat dezelfde cijfers.`,
    volumeLabel: (per) => `Staafgrafiek van antwoorden per ${per}; de tabel hieronder bevat dezelfde cijfers.`,
    table: 'Het verloop als tabel tonen',
  },
} satisfies Text<TrendWords>;
