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
import { agentName } from '../lib/agents';

const TONE = { negative: 't-bad', neutral: 't-mid', positive: 't-good' } as const;
const NPS_WORD = { detractor: 'detractor', passive: 'passive', promoter: 'promoter' } as const;

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
  if (r.nps === null && r.csat === null && r.ces === null) return <p class="muted">No scores</p>;
  return (
    <ul class="scores" aria-label="Scores">
      {r.nps !== null && (
        <Score
          name="NPS"
          value={r.nps}
          max={10}
          word={NPS_WORD[npsGroup(r.nps)]}
          tone={TONE[sentiment('nps', r.nps)]}
        />
      )}
      {r.csat !== null && (
        <Score
          name="CSAT"
          value={r.csat}
          max={5}
          word={r.csat <= 2 ? 'dissatisfied' : r.csat === 3 ? 'neutral' : 'satisfied'}
          tone={TONE[sentiment('csat', r.csat)]}
        />
      )}
      {r.ces !== null && (
        <Score
          name="CES"
          value={r.ces}
          max={5}
          word={r.ces >= 4 ? 'high effort' : r.ces === 3 ? 'as expected' : 'easy'}
          tone={TONE[sentiment('ces', r.ces)]}
        />
      )}
    </ul>
  );
}

/** A signed email link or the widget's ticket token vouched for the ticket: said in words, not colour. */
export function VerifiedMark() {
  return (
    <span class="verified-mark">
      <span aria-hidden="true">✓ </span>Verified<span class="sr-only"> ticket</span>
    </span>
  );
}

/** The ticket in the helpdesk when the site has a `ticketUrl` template, else the dashboard's ticket view. */
export function TicketLink({ q, ticket, ticketUrl }: { q: URLSearchParams; ticket: string | null; ticketUrl?: string | null }) {
  if (!ticket) return <span class="muted">no ticket</span>;
  if (ticketUrl) {
    return (
      <a href={ticketHref(ticketUrl, ticket)} target="_blank" rel="noopener noreferrer" class="external">
        Ticket {ticket}
        <span class="sr-only"> in the helpdesk (opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  }
  return (
    <a href={viewHref(q, 'tickets', { ticket })} onClick={onLinkClick}>
      Ticket {ticket}
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
  const meta = [
    r.agent && `Agent ${agentName(undefined, r.agent)}`,
    r.channel && `Channel ${r.channel}`,
    r.source === 'email' ? 'Email link' : 'Widget',
    r.lang && `Language ${r.lang}`,
    `Survey ${r.survey}`,
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
          <span class="muted">Asked: </span>
          {question}
        </p>
      )}
      {r.comment ? <p class="comment">{r.comment}</p> : <p class="muted">No comment</p>}
      {r.aspects && Object.keys(r.aspects).length > 0 && (
        <p class="muted small">
          Aspects:{' '}
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
