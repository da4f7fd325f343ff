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
import { tr } from '../lib/i18n';
import { RESPONSE_TEXT, type ResponseWords as Words } from './response-item.text';
import { agentName } from '../lib/agents';

const TONE = { negative: 't-bad', neutral: 't-mid', positive: 't-good' } as const;

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
    r.agent && t.agent(agentName(undefined, r.agent)),
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
