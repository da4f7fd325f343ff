// The note shown while a site's per-day counts move to a new time zone (worker/src/db/timezone.ts):
// until then some answers are still on their day in the previous zone, so the numbers say so.
import { tr, type Text } from '../lib/i18n';

/** While the per-day counts move to the new zone in chunks (worker/src/db/timezone.ts). */
export const RECOUNTING_TEXT = {
  en: { recounting: 'Recounting days for the new time zone… Until it is done, some answers are still counted on their day in the previous zone.' },
  it: { recounting: 'Ricalcolo dei giorni per il nuovo fuso orario in corso… Finché non è terminato, alcune risposte sono ancora contate nel loro giorno del fuso precedente.' },
  es: { recounting: 'Recontando los días para la nueva zona horaria… Hasta que termine, algunas respuestas siguen contando en su día de la zona anterior.' },
  fr: { recounting: 'Recomptage des jours pour le nouveau fuseau horaire… Jusqu’à la fin, certaines réponses restent comptées à leur jour dans l’ancien fuseau.' },
  de: { recounting: 'Die Tage werden für die neue Zeitzone neu gezählt … Bis das fertig ist, zählen manche Antworten noch zu ihrem Tag in der bisherigen Zeitzone.' },
  pt: { recounting: 'A recontar os dias para o novo fuso horário… Até terminar, algumas respostas ainda são contadas no seu dia do fuso anterior.' },
  pl: { recounting: 'Trwa ponowne liczenie dni dla nowej strefy czasowej… Do końca część odpowiedzi jest jeszcze liczona w swoim dniu według poprzedniej strefy.' },
  nl: { recounting: 'De dagen worden opnieuw geteld voor de nieuwe tijdzone… Tot dat klaar is, tellen sommige antwoorden nog op hun dag in de vorige tijdzone.' },
} satisfies Text<{ recounting: string }>;

export function RecountingNote() {
  return (
    <p role="status" class="note recounting">
      {tr(RECOUNTING_TEXT).recounting}
    </p>
  );
}
