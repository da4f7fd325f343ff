// The overview aspects section's wording (aspects.tsx) in every dashboard language (lib/i18n): numbers
// come in already formatted (lib/format), counts of customers take their noun's plural form here.
import type { AspectsView } from '../../../../shared/api';
import { SMALL_SAMPLE } from '../../../../shared/metrics/bands';
import { count } from '../../lib/format';
import type { Text } from '../../lib/i18n';

type Interval = AspectsView['interval'];

const en = {
  heading: 'Aspects',
  intro: `How customers rated the agent, 1 to 5, with the 95% margin of each mean. Fewer than ${SMALL_SAMPLE} answers: small sample.`,
  none: 'No aspect ratings in this period.',
  aspect: 'Aspect',
  mean: 'Mean',
  margin: '± 95%',
  answers: 'Answers',
  small: 'small sample',
  tableLabel: 'Aspect means, table',
  caption: 'Mean rating of each aspect (1–5) with its 95% margin',
  clear: (aspect: string, sat: string, unsat: string) => `${aspect} separates satisfied from unsatisfied customers most: ${sat} vs ${unsat}.`,
  unclear: (aspect: string, sat: string, unsat: string) =>
    `No aspect clearly separates satisfied from unsatisfied customers yet: the largest difference, ${aspect} ${sat} vs ${unsat}, is within its margin or rests on fewer than ${SMALL_SAMPLE} answers a side.`,
  sides: (d: string, m: string, ns: number, nu: number) =>
    `Difference ${d} ± ${m}; ${count(ns, { one: 'satisfied customer', other: 'satisfied customers' })} (CSAT 4–5) and ${count(nu, { one: 'unsatisfied customer', other: 'unsatisfied customers' })} (CSAT 1–2).`,
  overTime: 'Over time',
  timeLabel: 'Aspect means over time, table',
  timeCaption: (per: string) => `Mean rating of each aspect per ${per}, with its 95% margin`,
  noun: { day: 'Day', week: 'Week of', month: 'Month' } as Record<Interval, string>,
  per: { day: 'day', week: 'week', month: 'month' } as Record<Interval, string>,
};
export const T: Text<typeof en> = {
  en,
  it: {
    heading: 'Aspetti',
    intro: `Come i clienti hanno valutato l’agente, da 1 a 5, con il margine al 95% di ogni media. Meno di ${SMALL_SAMPLE} risposte: campione ridotto.`,
    none: 'Nessuna valutazione degli aspetti in questo periodo.',
    aspect: 'Aspetto',
    mean: 'Media',
    margin: '± 95%',
    answers: 'Risposte',
    small: 'campione ridotto',
    tableLabel: 'Medie degli aspetti, tabella',
    caption: 'Valutazione media di ogni aspetto (1–5) con il suo margine al 95%',
    clear: (aspect, sat, unsat) => `${aspect} è l’aspetto che distingue di più i clienti soddisfatti da quelli insoddisfatti: ${sat} contro ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Nessun aspetto distingue ancora con chiarezza i clienti soddisfatti da quelli insoddisfatti: la differenza maggiore, ${aspect} ${sat} contro ${unsat}, rientra nel margine o si basa su meno di ${SMALL_SAMPLE} risposte per parte.`,
    sides: (d, m, ns, nu) =>
      `Differenza ${d} ± ${m}; ${count(ns, { one: 'cliente soddisfatto', other: 'clienti soddisfatti' })} (CSAT 4–5) e ${count(nu, { one: 'insoddisfatto', other: 'insoddisfatti' })} (CSAT 1–2).`,
    overTime: 'Nel tempo',
    timeLabel: 'Medie degli aspetti nel tempo, tabella',
    timeCaption: (per) => `Valutazione media di ogni aspetto per ${per}, con il suo margine al 95%`,
    noun: { day: 'Giorno', week: 'Settimana dal', month: 'Mese' },
    per: { day: 'giorno', week: 'settimana', month: 'mese' },
  },
  es: {
    heading: 'Aspectos',
    intro: `Cómo valoraron los clientes al agente, de 1 a 5, con el margen del 95% de cada media. Menos de ${SMALL_SAMPLE} respuestas: muestra pequeña.`,
    none: 'No hay valoraciones de aspectos en este periodo.',
    aspect: 'Aspecto',
    mean: 'Media',
    margin: '± 95%',
    answers: 'Respuestas',
    small: 'muestra pequeña',
    tableLabel: 'Medias de los aspectos, tabla',
    caption: 'Valoración media de cada aspecto (1–5) con su margen del 95%',
    clear: (aspect, sat, unsat) => `${aspect} es lo que más distingue a los clientes satisfechos de los insatisfechos: ${sat} frente a ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Ningún aspecto distingue aún con claridad a los clientes satisfechos de los insatisfechos: la mayor diferencia, ${aspect} ${sat} frente a ${unsat}, está dentro de su margen o se basa en menos de ${SMALL_SAMPLE} respuestas por lado.`,
    sides: (d, m, ns, nu) =>
      `Diferencia ${d} ± ${m}; ${count(ns, { one: 'cliente satisfecho', other: 'clientes satisfechos' })} (CSAT 4–5) y ${count(nu, { one: 'insatisfecho', other: 'insatisfechos' })} (CSAT 1–2).`,
    overTime: 'A lo largo del tiempo',
    timeLabel: 'Medias de los aspectos a lo largo del tiempo, tabla',
    timeCaption: (per) => `Valoración media de cada aspecto por ${per}, con su margen del 95%`,
    noun: { day: 'Día', week: 'Semana del', month: 'Mes' },
    per: { day: 'día', week: 'semana', month: 'mes' },
  },

  fr: {
    heading: 'Aspects',
    intro: `Comment les clients ont noté l’agent, de 1 à 5, avec la marge à 95 % de chaque moyenne. Moins de ${SMALL_SAMPLE} réponses : petit échantillon.`,
    none: 'Aucune note d’aspect sur cette période.',
    aspect: 'Aspect',
    mean: 'Moyenne',
    margin: '± 95 %',
    answers: 'Réponses',
    small: 'petit échantillon',
    tableLabel: 'Moyennes des aspects, tableau',
    caption: 'Note moyenne de chaque aspect (1–5) avec sa marge à 95 %',
    clear: (aspect, sat, unsat) => `${aspect} est l’aspect qui distingue le plus les clients satisfaits des clients insatisfaits : ${sat} contre ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Aucun aspect ne distingue encore clairement les clients satisfaits des clients insatisfaits : le plus grand écart, ${aspect} ${sat} contre ${unsat}, reste dans sa marge ou repose sur moins de ${SMALL_SAMPLE} réponses d’un côté.`,
    sides: (d, m, ns, nu) =>
      `Écart ${d} ± ${m} ; ${count(ns, { one: 'client satisfait', other: 'clients satisfaits' })} (CSAT 4–5) et ${count(nu, { one: 'insatisfait', other: 'insatisfaits' })} (CSAT 1–2).`,
    overTime: 'Au fil du temps',
    timeLabel: 'Moyennes des aspects au fil du temps, tableau',
    timeCaption: (per) => `Note moyenne de chaque aspect par ${per}, avec sa marge à 95 %`,
    noun: { day: 'Jour', week: 'Semaine du', month: 'Mois' },
    per: { day: 'jour', week: 'semaine', month: 'mois' },
  },
  de: {
    heading: 'Aspekte',
    intro: `Wie die Kunden den Agenten bewertet haben, von 1 bis 5, mit der 95-%-Spanne jedes Mittelwerts. Weniger als ${SMALL_SAMPLE} Antworten: kleine Stichprobe.`,
    none: 'Keine Aspektbewertungen in diesem Zeitraum.',
    aspect: 'Aspekt',
    mean: 'Mittelwert',
    margin: '± 95 %',
    answers: 'Antworten',
    small: 'kleine Stichprobe',
    tableLabel: 'Mittelwerte der Aspekte, Tabelle',
    caption: 'Mittlere Bewertung jedes Aspekts (1–5) mit ihrer 95-%-Spanne',
    clear: (aspect, sat, unsat) => `${aspect} unterscheidet zufriedene von unzufriedenen Kunden am stärksten: ${sat} gegenüber ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Noch unterscheidet kein Aspekt zufriedene und unzufriedene Kunden deutlich: Der größte Unterschied, ${aspect} ${sat} gegenüber ${unsat}, liegt innerhalb seiner Spanne oder beruht auf weniger als ${SMALL_SAMPLE} Antworten pro Seite.`,
    sides: (d, m, ns, nu) =>
      `Unterschied ${d} ± ${m}; ${count(ns, { one: 'zufriedener Kunde', other: 'zufriedene Kunden' })} (CSAT 4–5) und ${count(nu, { one: 'unzufriedener', other: 'unzufriedene' })} (CSAT 1–2).`,
    overTime: 'Im Zeitverlauf',
    timeLabel: 'Mittelwerte der Aspekte im Zeitverlauf, Tabelle',
    timeCaption: (per) => `Mittlere Bewertung jedes Aspekts pro ${per}, mit ihrer 95-%-Spanne`,
    noun: { day: 'Tag', week: 'Woche ab', month: 'Monat' },
    per: { day: 'Tag', week: 'Woche', month: 'Monat' },
  },
  pt: {
    heading: 'Aspetos',
    intro: `Como os clientes avaliaram o agente, de 1 a 5, com a margem de 95% de cada média. Menos de ${SMALL_SAMPLE} respostas: amostra pequena.`,
    none: 'Sem avaliações de aspetos neste período.',
    aspect: 'Aspeto',
    mean: 'Média',
    margin: '± 95%',
    answers: 'Respostas',
    small: 'amostra pequena',
    tableLabel: 'Médias dos aspetos, tabela',
    caption: 'Avaliação média de cada aspeto (1–5) com a sua margem de 95%',
    clear: (aspect, sat, unsat) => `${aspect} é o aspeto que mais distingue os clientes satisfeitos dos insatisfeitos: ${sat} face a ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Nenhum aspeto distingue ainda com clareza os clientes satisfeitos dos insatisfeitos: a maior diferença, ${aspect} ${sat} face a ${unsat}, está dentro da sua margem ou assenta em menos de ${SMALL_SAMPLE} respostas de um dos lados.`,
    sides: (d, m, ns, nu) =>
      `Diferença ${d} ± ${m}; ${count(ns, { one: 'cliente satisfeito', other: 'clientes satisfeitos' })} (CSAT 4–5) e ${count(nu, { one: 'insatisfeito', other: 'insatisfeitos' })} (CSAT 1–2).`,
    overTime: 'Ao longo do tempo',
    timeLabel: 'Médias dos aspetos ao longo do tempo, tabela',
    timeCaption: (per) => `Avaliação média de cada aspeto por ${per}, com a sua margem de 95%`,
    noun: { day: 'Dia', week: 'Semana de', month: 'Mês' },
    per: { day: 'dia', week: 'semana', month: 'mês' },
  },
  pl: {
    heading: 'Aspekty',
    intro: `Jak klienci ocenili agenta, od 1 do 5, z marginesem 95% każdej średniej. Mniej niż ${SMALL_SAMPLE} odpowiedzi: mała próba.`,
    none: 'Brak ocen aspektów w tym okresie.',
    aspect: 'Aspekt',
    mean: 'Średnia',
    margin: '± 95%',
    answers: 'Odpowiedzi',
    small: 'mała próba',
    tableLabel: 'Średnie aspektów, tabela',
    caption: 'Średnia ocena każdego aspektu (1–5) z marginesem 95%',
    clear: (aspect, sat, unsat) => `${aspect} najbardziej odróżnia zadowolonych klientów od niezadowolonych: ${sat} wobec ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Żaden aspekt nie odróżnia jeszcze wyraźnie zadowolonych klientów od niezadowolonych: największa różnica, ${aspect} ${sat} wobec ${unsat}, mieści się w marginesie albo po którejś stronie ma mniej niż ${SMALL_SAMPLE} odpowiedzi.`,
    sides: (d, m, ns, nu) =>
      `Różnica ${d} ± ${m}; ${count(ns, { one: 'zadowolony klient', few: 'zadowolonych klientów', many: 'zadowolonych klientów', other: 'zadowolonego klienta' })} (CSAT 4–5) i ${count(nu, { one: 'niezadowolony', few: 'niezadowolonych', many: 'niezadowolonych', other: 'niezadowolonego' })} (CSAT 1–2).`,
    overTime: 'W czasie',
    timeLabel: 'Średnie aspektów w czasie, tabela',
    timeCaption: (per) => `Średnia ocena każdego aspektu na ${per}, z marginesem 95%`,
    noun: { day: 'Dzień', week: 'Tydzień od', month: 'Miesiąc' },
    per: { day: 'dzień', week: 'tydzień', month: 'miesiąc' },
  },
  nl: {
    heading: 'Aspecten',
    intro: `Hoe klanten de agent beoordeelden, van 1 tot 5, met de 95%-marge van elk gemiddelde. Minder dan ${SMALL_SAMPLE} antwoorden: kleine steekproef.`,
    none: 'Geen aspectbeoordelingen in deze periode.',
    aspect: 'Aspect',
    mean: 'Gemiddelde',
    margin: '± 95%',
    answers: 'Antwoorden',
    small: 'kleine steekproef',
    tableLabel: 'Gemiddelden per aspect, tabel',
    caption: 'Gemiddelde beoordeling van elk aspect (1–5) met de 95%-marge',
    clear: (aspect, sat, unsat) => `${aspect} onderscheidt tevreden en ontevreden klanten het sterkst: ${sat} tegenover ${unsat}.`,
    unclear: (aspect, sat, unsat) =>
      `Nog geen enkel aspect onderscheidt tevreden en ontevreden klanten duidelijk: het grootste verschil, ${aspect} ${sat} tegenover ${unsat}, valt binnen de marge of berust op minder dan ${SMALL_SAMPLE} antwoorden aan één kant.`,
    sides: (d, m, ns, nu) =>
      `Verschil ${d} ± ${m}; ${count(ns, { one: 'tevreden klant', other: 'tevreden klanten' })} (CSAT 4–5) en ${count(nu, { one: 'ontevreden', other: 'ontevreden' })} (CSAT 1–2).`,
    overTime: 'Verloop in de tijd',
    timeLabel: 'Gemiddelden per aspect in de tijd, tabel',
    timeCaption: (per) => `Gemiddelde beoordeling van elk aspect per ${per}, met de 95%-marge`,
    noun: { day: 'Dag', week: 'Week van', month: 'Maand' },
    per: { day: 'dag', week: 'week', month: 'maand' },
  },
};
