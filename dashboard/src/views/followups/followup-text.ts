// The follow-up inbox's wording (lib/i18n): English and Italian; the other languages fall back to
// English until written.
import type { FollowUpReason, FollowUpStatus } from '../../../../shared/api';
import { count } from '../../lib/format';
import type { Text } from '../../lib/i18n';
import type { ListWords } from '../../components/ui';

export interface FollowUpWords {
  statuses: Record<FollowUpStatus, string>;
  reasons: Record<FollowUpReason, string>;
  nobody: string;
  you(email: string): string;
  gone(owner: string): string;
  saving: string;
  moved(status: string): string;
  saved: string;
  notBuilt: string;
  callBack: string;
  status: string;
  owner: string;
  note: string;
  updated: string;
  form(ticket: string): string;
  save: string;
  lastUpdated(when: string): string;
  intro: string;
  readOnly: string;
  ticket(t: string): string;
  noTicket: string;
  movedTo(status: string, what: string): string;
  unassigned(what: string): string;
  empty(status: string): string;
  list: ListWords;
  everyReason: string;
  reason: string;
  withComment: string;
  mine: string;
}

export const FOLLOWUP_TEXT = {
  en: {
    statuses: { new: 'New', contacted: 'Contacted', resolved: 'Resolved' },
    reasons: { detractor: 'Detractor', 'low-csat': 'CSAT ≤ 2', 'high-effort': 'High effort' },
    nobody: 'Nobody',
    you: (e) => `${e} (you)`,
    gone: (o) => `${o} (no longer here)`,
    saving: 'Saving…',
    moved: (s) => `Saved; moved to “${s.toLowerCase()}”.`,
    saved: 'Saved.',
    notBuilt: 'Saving is not available yet.',
    callBack: 'Call back:',
    status: 'Status',
    owner: 'Owner',
    note: 'Note',
    updated: 'Updated',
    form: (t) => `Follow-up of ticket ${t}`,
    save: 'Save',
    lastUpdated: (w) => `Last updated ${w}`,
    intro: 'Customers to call back: detractors (NPS 0–6), CSAT 1–2 and high effort (CES 4–5).',
    readOnly: ' You can read this list; an admin or a responder updates it.',
    ticket: (t) => `ticket ${t}`,
    noTicket: 'an answer without a ticket',
    movedTo: (s, w) => `Moved to ${s.toLowerCase()}: ${w}.`,
    unassigned: (w) => `No longer assigned to you: ${w}.`,
    empty: (s) => `Nothing here: no follow-ups are “${s.toLowerCase()}” for this selection.`,
    list: { shown: (n) => `Showing ${count(n, { one: 'follow-up', other: 'follow-ups' })}`, none: 'No follow-up found in the latest answers.' },
    everyReason: 'Every reason',
    reason: 'Reason',
    withComment: 'With a comment only',
    mine: 'Assigned to me',
  },
  it: {
    statuses: { new: 'Nuovi', contacted: 'Contattati', resolved: 'Risolti' },
    reasons: { detractor: 'Detrattore', 'low-csat': 'CSAT ≤ 2', 'high-effort': 'Sforzo elevato' },
    nobody: 'Nessuno',
    you: (e) => `${e} (tu)`,
    gone: (o) => `${o} (non più presente)`,
    saving: 'Salvataggio…',
    moved: (s) => `Salvato; spostato in “${s}”.`,
    saved: 'Salvato.',
    notBuilt: 'Il salvataggio non è ancora disponibile.',
    callBack: 'Da richiamare per:',
    status: 'Stato',
    owner: 'Assegnato a',
    note: 'Nota',
    updated: 'Aggiornato',
    form: (t) => `Richiamata del ticket ${t}`,
    save: 'Salva',
    lastUpdated: (w) => `Ultimo aggiornamento: ${w}`,
    intro: 'Clienti da richiamare: detrattori (NPS 0–6), CSAT 1–2 e sforzo elevato (CES 4–5).',
    readOnly: ' Puoi leggere questo elenco; lo aggiorna un amministratore o un operatore.',
    ticket: (t) => `ticket ${t}`,
    noTicket: 'una risposta senza ticket',
    movedTo: (s, w) => `Spostato in “${s}”: ${w}.`,
    unassigned: (w) => `Non più assegnato a te: ${w}.`,
    empty: (s) => `Niente qui: nessun cliente da richiamare è in “${s}” per questa selezione.`,
    list: { shown: (n) => `${count(n, { one: 'cliente da richiamare mostrato', other: 'clienti da richiamare mostrati' })}`, none: 'Nessun cliente da richiamare tra le risposte più recenti.' },
    everyReason: 'Tutti i motivi',
    reason: 'Motivo',
    withComment: 'Solo con un commento',
    mine: 'Assegnati a me',
  },
} satisfies Text<FollowUpWords>;
