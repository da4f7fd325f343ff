// One response as the comments, ticket and follow-up views show it: scores in words and numbers,
// who and where, the ticket as a link (marked when verified), and the comment as plain text (it is
// untrusted user input).
import type { ComponentChildren } from 'preact';
import type { ResponseItem } from '../../../shared/api';
import { sentiment } from '../../../shared/metrics/sentiment';
import { npsGroup } from '../../../shared/metrics/nps';
import { ticketHref } from '../../../shared/ticket-url';
import { fmtTime } from '../lib/dates';
import { onLinkClick, viewHref } from '../lib/route';
import { tr, type Text } from '../lib/i18n';

const TONE = { negative: 't-bad', neutral: 't-mid', positive: 't-good' } as const;

interface Words {
  nps: Record<'detractor' | 'passive' | 'promoter', string>;
  csat: [string, string, string];
  ces: [string, string, string];
  noScores: string;
  scores: string;
  verified: string;
  verifiedTicket: string;
  noTicket: string;
  ticket(t: string): string;
  helpdesk: string;
  agent(a: string): string;
  channel(c: string): string;
  email: string;
  widget: string;
  language(l: string): string;
  survey(s: string): string;
  asked: string;
  noComment: string;
  aspects: string;
}

export const RESPONSE_TEXT = {
  en: {
    nps: { detractor: 'detractor', passive: 'passive', promoter: 'promoter' },
    csat: ['dissatisfied', 'neutral', 'satisfied'],
    ces: ['easy', 'as expected', 'high effort'],
    noScores: 'No scores',
    scores: 'Scores',
    verified: 'Verified',
    verifiedTicket: ' ticket',
    noTicket: 'no ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' in the helpdesk (opens in a new tab)',
    agent: (a) => `Agent ${a}`,
    channel: (c) => `Channel ${c}`,
    email: 'Email link',
    widget: 'Widget',
    language: (l) => `Language ${l}`,
    survey: (s) => `Survey ${s}`,
    asked: 'Asked: ',
    noComment: 'No comment',
    aspects: 'Aspects:',
  },
  it: {
    nps: { detractor: 'detrattore', passive: 'passivo', promoter: 'promotore' },
    csat: ['insoddisfatto', 'neutro', 'soddisfatto'],
    ces: ['facile', 'come previsto', 'sforzo elevato'],
    noScores: 'Nessun punteggio',
    scores: 'Punteggi',
    verified: 'Verificato',
    verifiedTicket: ' (ticket)',
    noTicket: 'nessun ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' nell’helpdesk (si apre in una nuova scheda)',
    agent: (a) => `Agente ${a}`,
    channel: (c) => `Canale ${c}`,
    email: 'Link email',
    widget: 'Widget',
    language: (l) => `Lingua ${l}`,
    survey: (s) => `Sondaggio ${s}`,
    asked: 'Domanda: ',
    noComment: 'Nessun commento',
    aspects: 'Aspetti:',
  },
  es: {
    nps: { detractor: 'detractor', passive: 'pasivo', promoter: 'promotor' },
    csat: ['insatisfecho', 'neutral', 'satisfecho'],
    ces: ['fácil', 'lo esperado', 'mucho esfuerzo'],
    noScores: 'Sin puntuaciones',
    scores: 'Puntuaciones',
    verified: 'Verificado',
    verifiedTicket: ' (ticket)',
    noTicket: 'sin ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' en el helpdesk (se abre en una pestaña nueva)',
    agent: (a) => `Agente ${a}`,
    channel: (c) => `Canal ${c}`,
    email: 'Enlace por email',
    widget: 'Widget',
    language: (l) => `Idioma ${l}`,
    survey: (s) => `Encuesta ${s}`,
    asked: 'Pregunta: ',
    noComment: 'Sin comentario',
    aspects: 'Aspectos:',
  },
  fr: {
    nps: { detractor: 'détracteur', passive: 'passif', promoter: 'promoteur' },
    csat: ['insatisfait', 'neutre', 'satisfait'],
    ces: ['facile', 'comme prévu', 'effort élevé'],
    noScores: 'Aucune note',
    scores: 'Notes',
    verified: 'Vérifié',
    verifiedTicket: ' (ticket)',
    noTicket: 'aucun ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' dans le helpdesk (s’ouvre dans un nouvel onglet)',
    agent: (a) => `Agent ${a}`,
    channel: (c) => `Canal ${c}`,
    email: 'Lien e-mail',
    widget: 'Widget',
    language: (l) => `Langue ${l}`,
    survey: (s) => `Enquête ${s}`,
    asked: 'Question : ',
    noComment: 'Aucun commentaire',
    aspects: 'Aspects :',
  },
  de: {
    nps: { detractor: 'Kritiker', passive: 'Passiver', promoter: 'Promotor' },
    csat: ['unzufrieden', 'neutral', 'zufrieden'],
    ces: ['leicht', 'wie erwartet', 'hoher Aufwand'],
    noScores: 'Keine Bewertungen',
    scores: 'Bewertungen',
    verified: 'Verifiziert',
    verifiedTicket: ' (Ticket)',
    noTicket: 'kein Ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' im Helpdesk (öffnet in einem neuen Tab)',
    agent: (a) => `Agent ${a}`,
    channel: (c) => `Kanal ${c}`,
    email: 'E-Mail-Link',
    widget: 'Widget',
    language: (l) => `Sprache ${l}`,
    survey: (s) => `Umfrage ${s}`,
    asked: 'Gefragt: ',
    noComment: 'Kein Kommentar',
    aspects: 'Aspekte:',
  },
  pt: {
    nps: { detractor: 'detrator', passive: 'passivo', promoter: 'promotor' },
    csat: ['insatisfeito', 'neutro', 'satisfeito'],
    ces: ['fácil', 'como esperado', 'esforço elevado'],
    noScores: 'Sem pontuações',
    scores: 'Pontuações',
    verified: 'Verificado',
    verifiedTicket: ' (ticket)',
    noTicket: 'sem ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' no helpdesk (abre num novo separador)',
    agent: (a) => `Agente ${a}`,
    channel: (c) => `Canal ${c}`,
    email: 'Link de email',
    widget: 'Widget',
    language: (l) => `Idioma ${l}`,
    survey: (s) => `Inquérito ${s}`,
    asked: 'Pergunta: ',
    noComment: 'Sem comentário',
    aspects: 'Aspetos:',
  },
  pl: {
    nps: { detractor: 'krytyk', passive: 'pasywny', promoter: 'promotor' },
    csat: ['niezadowolony', 'neutralny', 'zadowolony'],
    ces: ['łatwo', 'zgodnie z oczekiwaniami', 'duży wysiłek'],
    noScores: 'Brak ocen',
    scores: 'Oceny',
    verified: 'Zweryfikowane',
    verifiedTicket: ' (zgłoszenie)',
    noTicket: 'brak zgłoszenia',
    ticket: (t) => `Zgłoszenie ${t}`,
    helpdesk: ' w helpdesku (otwiera się w nowej karcie)',
    agent: (a) => `Konsultant ${a}`,
    channel: (c) => `Kanał ${c}`,
    email: 'Link e-mail',
    widget: 'Widżet',
    language: (l) => `Język ${l}`,
    survey: (s) => `Ankieta ${s}`,
    asked: 'Pytanie: ',
    noComment: 'Brak komentarza',
    aspects: 'Aspekty:',
  },
  nl: {
    nps: { detractor: 'detractor', passive: 'passive', promoter: 'promoter' },
    csat: ['ontevreden', 'neutraal', 'tevreden'],
    ces: ['makkelijk', 'zoals verwacht', 'veel moeite'],
    noScores: 'Geen scores',
    scores: 'Scores',
    verified: 'Geverifieerd',
    verifiedTicket: ' (ticket)',
    noTicket: 'geen ticket',
    ticket: (t) => `Ticket ${t}`,
    helpdesk: ' in de helpdesk (opent in een nieuw tabblad)',
    agent: (a) => `Medewerker ${a}`,
    channel: (c) => `Kanaal ${c}`,
    email: 'E-maillink',
    widget: 'Widget',
    language: (l) => `Taal ${l}`,
    survey: (s) => `Enquête ${s}`,
    asked: 'Gevraagd: ',
    noComment: 'Geen opmerking',
    aspects: 'Aspecten:',
  },
} satisfies Text<Words>;

function Score({
  name,
  value,
  max,
  word,
  tone,
}: {
  name: string;
  value: number;
  max: number;
  word: string;
  tone: string;
}) {
  return (
    <li class={`score ${tone}`}>
      <span class="score-name">{name}</span> <strong>{value}</strong>
      <span class="muted">/{max}</span> <span class="score-word">{word}</span>
    </li>
  );
}

export function Scores({ r }: { r: ResponseItem }) {
  const t: Words = tr(RESPONSE_TEXT);
  if (r.nps === null && r.csat === null && r.ces === null) return <p class="muted">{t.noScores}</p>;
  return (
    <ul class="scores" aria-label={t.scores}>
      {r.nps !== null && (
        <Score
          name="NPS"
          value={r.nps}
          max={10}
          word={t.nps[npsGroup(r.nps)]}
          tone={TONE[sentiment('nps', r.nps)]}
        />
      )}
      {r.csat !== null && (
        <Score
          name="CSAT"
          value={r.csat}
          max={5}
          word={t.csat[r.csat <= 2 ? 0 : r.csat === 3 ? 1 : 2]}
          tone={TONE[sentiment('csat', r.csat)]}
        />
      )}
      {r.ces !== null && (
        <Score
          name="CES"
          value={r.ces}
          max={5}
          word={t.ces[r.ces >= 4 ? 2 : r.ces === 3 ? 1 : 0]}
          tone={TONE[sentiment('ces', r.ces)]}
        />
      )}
    </ul>
  );
}

/** A signed email link or the widget's ticket token vouched for the ticket: said in words, not colour. */
export function VerifiedMark() {
  const t: Words = tr(RESPONSE_TEXT);
  return (
    <span class="verified-mark">
      <span aria-hidden="true">✓ </span>
      {t.verified}
      <span class="sr-only">{t.verifiedTicket}</span>
    </span>
  );
}

/** The ticket in the helpdesk when the site has a `ticketUrl` template, else the dashboard's ticket view. */
export function TicketLink({ q, ticket, ticketUrl }: { q: URLSearchParams; ticket: string | null; ticketUrl?: string | null }) {
  const t: Words = tr(RESPONSE_TEXT);
  if (!ticket) return <span class="muted">{t.noTicket}</span>;
  if (ticketUrl) {
    return (
      <a href={ticketHref(ticketUrl, ticket)} target="_blank" rel="noopener noreferrer" class="external">
        {t.ticket(ticket)}
        <span class="sr-only">{t.helpdesk}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  return (
    <a href={viewHref(q, 'tickets', { ticket })} onClick={onLinkClick}>
      {t.ticket(ticket)}
    </a>
  );
}

interface ViewProps {
  q: URLSearchParams;
  r: ResponseItem;
  headingLevel?: 2 | 3;
  /** Shown under the heading (e.g. why a follow-up is needed). */
  badges?: ComponentChildren;
  /** A side column (e.g. the follow-up form); below the response on narrow screens. */
  side?: ComponentChildren;
  /** False on the ticket's own page. */
  ticketLink?: boolean;
  /** The site's helpdesk template (SiteInfo.ticketUrl): the ticket links there. */
  ticketUrl?: string | null;
  /** The follow-up question the comment answered. */
  question?: string | null;
}

export function ResponseView({ q, r, headingLevel = 2, badges, side, ticketLink = true, ticketUrl, question }: ViewProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const t: Words = tr(RESPONSE_TEXT);
  const meta = [
    r.agent && t.agent(r.agent),
    r.channel && t.channel(r.channel),
    r.source === 'email' ? t.email : t.widget,
    r.lang && t.language(r.lang),
    t.survey(r.survey),
  ].filter(Boolean);
  const body = (
    <div class="response-main">
      <header class="response-head">
        <H class="response-title">
          <time dateTime={r.createdAt}>{fmtTime(r.createdAt)}</time>
        </H>
        {(ticketLink || r.verified) && (
          <span class="response-ticket">
            {ticketLink && <TicketLink q={q} ticket={r.ticket} ticketUrl={ticketUrl} />}
            {r.verified && <VerifiedMark />}
          </span>
        )}
      </header>
      {badges}
      <Scores r={r} />
      {r.comment && question && (
        <p class="comment-question">
          <span class="muted">{t.asked}</span>
          {question}
        </p>
      )}
      {r.comment ? <p class="comment">{r.comment}</p> : <p class="muted">{t.noComment}</p>}
      {r.aspects && Object.keys(r.aspects).length > 0 && (
        <p class="muted small">
          {t.aspects}{' '}
          {Object.entries(r.aspects)
            .map(([k, v]) => `${k} ${v}/5`)
            .join(' · ')}
        </p>
      )}
      <p class="response-meta muted">{meta.join(' · ')}</p>
    </div>
  );
  return (
    <article class={side ? 'response has-side' : 'response'}>
      {body}
      {side && <div class="response-side">{side}</div>}
    </article>
  );
}
