// /s/<token> — the survey page of an email link. GET and HEAD only show it (email scanners open every
// link); an answer is recorded when a person acts: POST of the form, or a pick sent by its script.
// /s/<site>/<ticket> — a template link built from a ticket ID, when the site allows them.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { Answers, answerIssues, fieldIssues, Slug, type LinkClaims } from '../../../shared/schemas';
import { getResponse } from '../db/responses';
import { siteSecret } from '../db/links';
import { getSite, getSurvey } from '../db/sites';
import { messagePage, surveyPage } from '../email/page';
import type { AppEnv } from '../env';
import { recordLinkAnswers } from '../links/record';
import { emailResponseId, signToken } from '../links/token';
import { verifyLink } from '../links/verify';
import { limitBody } from '../middleware/body';
import { isSameOrigin, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';

export const surveyPages = new Hono<AppEnv>();

const HEADERS = {
  'Cache-Control': 'no-store',
  // The token is in the URL: it must not travel to other sites in a Referer. (Not "no-referrer":
  // that also turns the form post's Origin into "null".)
  'Referrer-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

const PAGES: Record<number, [string, string]> = {
  403: ['This link is not valid', 'Please use the link from your most recent email. If it still does not work, reply to that email.'],
  404: ['This survey is not available', 'The link may be incomplete. Please use the link from your email.'],
  410: ['This link has expired', 'Thank you for wanting to tell us how it went. This survey link is no longer active.'],
  429: ['Too many requests', 'Please wait a minute and try again.'],
};

/** Errors on these pages are pages too, in one body per status, whatever the cause. */
surveyPages.onError((err, c) => {
  if (!(err instanceof ApiError) || !PAGES[err.status]) throw err;
  const [title, message] = PAGES[err.status]!;
  return c.html(messagePage(title, message), err.status, { ...HEADERS, ...err.headers });
});

async function loadSurvey(c: Context<AppEnv>, claims: LinkClaims) {
  const def = await getSurvey(c.env.DB, claims.s, claims.v);
  if (!def) throw new ApiError(404, 'survey_not_found', 'This survey does not exist');
  const accept = (c.req.header('accept-language') ?? '').split(',').map((x) => x.split(';')[0]);
  const lang = pickLang([c.req.query('lang'), claims.l, ...accept], surveyLanguages(def), def.defaultLang);
  return { def, survey: resolveSurvey(def, lang) };
}

async function render(c: Context<AppEnv>, token: string, claims: LinkClaims, o: { answers?: Answers; error?: string; status?: 200 | 400 } = {}) {
  const { survey } = await loadSurvey(c, claims);
  const id = await emailResponseId(claims.s, claims.v, claims.t);
  const earlier = await getResponse(c.env.DB, id);
  const answers: Answers = o.answers ?? {
    csat: earlier?.csat ?? undefined,
    ces: earlier?.ces ?? undefined,
    nps: earlier?.nps ?? undefined,
    comment: earlier?.comment ?? undefined,
    aspects: earlier?.aspects ?? undefined,
  };
  // ?score=N from the email's buttons preselects the first question; nothing is recorded by a GET.
  const first = survey.questions[0];
  const score = Number(c.req.query('score'));
  if (!o.answers && first && Number.isInteger(score) && score >= (first.kind === 'nps' ? 0 : 1) && score <= (first.kind === 'nps' ? 10 : 5)) {
    answers[first.kind] = score;
  }
  const page = surveyPage({
    survey,
    action: `/s/${token}`,
    answers,
    data: { id, site: claims.s, survey: claims.v, ticket: claims.t, token },
    sent: c.req.query('sent') === '1',
    error: o.error,
  });
  return c.html(page, o.status ?? 200, HEADERS);
}

surveyPages.get('/:token{[A-Za-z0-9_.-]+}', async (c) => {
  const token = c.req.param('token');
  return render(c, token, await verifyLink(c, token));
});

/** The no-JavaScript path and the Send button: a plain form post. */
surveyPages.post('/:token{[A-Za-z0-9_.-]+}', limitBody(), async (c) => {
  const origin = requestOrigin(c);
  if (origin && !isSameOrigin(c, origin)) throw new ApiError(403, 'origin_not_allowed', 'Cross-site form posts are refused');
  const token = c.req.param('token');
  const claims = await verifyLink(c, token);
  const { def, survey } = await loadSurvey(c, claims);
  const form = await c.req.parseBody();
  const field = (name: string) => {
    const value = form[name];
    if (typeof value !== 'string' || value === '') return undefined;
    return /^\d{1,2}$/.test(value) ? Number(value) : value;
  };
  const aspects: Record<string, unknown> = {};
  for (const key of Object.keys(form)) if (key.startsWith('aspect.') && field(key) !== undefined) aspects[key.slice(7)] = field(key);
  const raw = {
    csat: field('csat'),
    ces: field('ces'),
    nps: field('nps'),
    comment: typeof form.comment === 'string' ? form.comment : undefined,
    aspects: Object.keys(aspects).length ? aspects : undefined,
  };
  const parsed = v.safeParse(Answers, Object.fromEntries(Object.entries(raw).filter(([, x]) => x !== undefined)));
  const issues = parsed.success ? answerIssues(def, parsed.output) : fieldIssues(parsed.issues);
  if (!parsed.success || issues.length) {
    const nothing = !parsed.success && Object.values(raw).every((x) => x === undefined);
    const message = nothing ? survey.questions[0]?.prompt ?? '' : issues.map((i) => i.message).join('. ');
    return render(c, token, claims, { error: message, status: 400, answers: parsed.success ? parsed.output : {} });
  }
  await recordLinkAnswers(c.env.DB, claims, parsed.output, survey.lang);
  return c.redirect(`/s/${token}?sent=1`, 303);
});

/** A template link: /s/<site>/<ticket>?survey=&score=&lang= for helpdesks that only have placeholders. */
surveyPages.get('/:site/:ticket', async (c) => {
  const notFound = () => new ApiError(404, 'not_found', 'No such survey link');
  const siteId = v.safeParse(Slug, c.req.param('site'));
  if (!siteId.success) throw notFound();
  const site = await getSite(c.env.DB, siteId.output);
  const tpl = site?.settings.templateLinks;
  const ticket = c.req.param('ticket');
  if (!site || !tpl?.enabled || !ticketAllowed(ticket, tpl.ticketPattern)) throw notFound();
  const surveyId = v.safeParse(Slug, c.req.query('survey') ?? site.defaultSurvey);
  if (!surveyId.success) throw notFound();
  const claims: LinkClaims = { s: site.id, v: surveyId.output, t: ticket, e: Math.floor(Date.now() / 1000) + 30 * 86400 };
  const token = await signToken(claims, (await siteSecret(c.env.DB, site.id))!);
  const query = new URL(c.req.url).search;
  return c.redirect(`/s/${token}${query}`, 302);
});

export const DEFAULT_TICKET_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

function ticketAllowed(ticket: string, pattern: string | undefined): boolean {
  if (ticket.length > 128) return false;
  try {
    return new RegExp(pattern ?? DEFAULT_TICKET_PATTERN).test(ticket);
  } catch {
    return false;
  }
}
