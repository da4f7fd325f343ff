// Query-string routing: the view, site, date range and filters live in location.search, so a view
// can be shared and a reload keeps it; links are real <a href> and history works.
import { useEffect, useState } from 'preact/hooks';
import { tr, type Text } from './i18n';

export type View = 'overview' | 'agents' | 'support' | 'rate' | 'comments' | 'followups' | 'tickets' | 'settings' | 'account';

const VIEW_TEXT = {
  en: { support: 'Support', agents: 'Agents', overview: 'Overview', rate: 'Response rate', comments: 'Comments', followups: 'Follow-ups', tickets: 'Tickets', settings: 'Settings', account: 'Your account' },
  it: { support: 'Assistenza', agents: 'Agenti', overview: 'Panoramica', rate: 'Tasso di risposta', comments: 'Commenti', followups: 'Da richiamare', tickets: 'Ticket', settings: 'Impostazioni', account: 'Il tuo account' },
  es: { support: 'Soporte', agents: 'Agentes', overview: 'Resumen', rate: 'Tasa de respuesta', comments: 'Comentarios', followups: 'Seguimientos', tickets: 'Tickets', settings: 'Ajustes', account: 'Tu cuenta' },
  fr: { support: 'Support', agents: 'Agents', overview: 'Vue d’ensemble', rate: 'Taux de réponse', comments: 'Commentaires', followups: 'Relances', tickets: 'Tickets', settings: 'Paramètres', account: 'Votre compte' },
  de: { support: 'Support', agents: 'Agenten', overview: 'Übersicht', rate: 'Antwortquote', comments: 'Kommentare', followups: 'Nachfassen', tickets: 'Tickets', settings: 'Einstellungen', account: 'Ihr Konto' },
  pt: { support: 'Suporte', agents: 'Agentes', overview: 'Visão geral', rate: 'Taxa de resposta', comments: 'Comentários', followups: 'Acompanhamentos', tickets: 'Tickets', settings: 'Definições', account: 'A sua conta' },
  pl: { support: 'Obsługa', agents: 'Agenci', overview: 'Przegląd', rate: 'Wskaźnik odpowiedzi', comments: 'Komentarze', followups: 'Do oddzwonienia', tickets: 'Zgłoszenia', settings: 'Ustawienia', account: 'Twoje konto' },
  nl: { support: 'Support', agents: 'Agenten', overview: 'Overzicht', rate: 'Responspercentage', comments: 'Opmerkingen', followups: 'Opvolging', tickets: 'Tickets', settings: 'Instellingen', account: 'Uw account' },
} satisfies Text<Record<View, string>>;

/** A view's name in the language in force. */
export function viewLabel(view: View): string {
  return tr(VIEW_TEXT)[view];
}

const view = (id: View, more: { adminOnly?: boolean; inNav?: false } = {}) => ({
  id,
  ...more,
  get label() {
    return viewLabel(id);
  },
});

/** The views; "Your account" is reached from the header's user area rather than the main navigation. */
export const VIEWS: { id: View; readonly label: string; adminOnly?: boolean; inNav?: false }[] = [
  view('overview'),
  view('agents'),
  view('support'),
  view('rate'),
  view('comments'),
  view('followups'),
  view('tickets'),
  view('settings', { adminOnly: true }),
  view('account', { inNav: false }),
];

/** Parameters that travel from view to view; the others (q, cursor, ticket…) belong to one view. */
const SHARED = ['site', 'from', 'to', 'survey', 'agent', 'channel', 'lang', 'source', 'verified'];

const EVENT = 'voce:navigate';

export function viewOf(q: URLSearchParams): View {
  const v = q.get('view');
  return VIEWS.some((x) => x.id === v) ? (v as View) : 'overview';
}

export function useQuery(): URLSearchParams {
  const [search, setSearch] = useState(location.search);
  useEffect(() => {
    const update = () => setSearch(location.search);
    addEventListener('popstate', update);
    addEventListener(EVENT, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(EVENT, update);
    };
  }, []);
  return new URLSearchParams(search);
}

/** `?…` with `changes` applied to `q` (null or '' removes a parameter). */
export function withParams(q: URLSearchParams, changes: Record<string, string | null | undefined>): string {
  const next = new URLSearchParams(q);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return `?${next.toString()}`;
}

/** The address of another view, keeping the site, range and filters. */
export function viewHref(q: URLSearchParams, view: View, extra: Record<string, string | null> = {}): string {
  const next = new URLSearchParams();
  for (const k of SHARED) {
    const v = q.get(k);
    if (v) next.set(k, v);
  }
  if (view !== 'overview') next.set('view', view);
  for (const [k, v] of Object.entries(extra)) if (v) next.set(k, v);
  return `?${next.toString()}`;
}

export function navigate(href: string, replace = false): void {
  if (href === location.search) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  dispatchEvent(new Event(EVENT));
}

/** Click handler for in-app links: plain left clicks route here, others (new tab…) go to the browser. */
export function onLinkClick(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.currentTarget as HTMLAnchorElement;
  e.preventDefault();
  navigate(a.search || '?');
}
