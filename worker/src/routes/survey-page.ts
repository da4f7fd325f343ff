// /s/<token> — the survey page of an email link. GET and HEAD only show it (email scanners open every
// link); an answer is recorded when a person acts: POST of the form, or a pick sent by its script.
// /s/<site>/<ticket> — a template link built from a ticket ID, when the site allows them.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { LANGUAGES, pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { Answers, answerIssues, fieldIssues, Label, Slug, type LinkClaims } from '../../../shared/schemas';
import { getEmailAnswer } from '../db/responses';
import { siteSecret, TEMPLATE_TOKEN_MS } from '../db/links';
import { getSiteSurvey } from '../db/sites';
import { brandCss, styleHash } from '../email/brand';
import { logoPath, logos } from '../email/logo';
import { hasMore, messagePage, surveyPage, type Stage } from '../email/page';
import type { AppEnv } from '../env';
import { recordLinkAnswers, verifiedOf } from '../links/record';
import { sendAfterCommit } from '../webhooks/deliver';
import { signToken } from '../links/token';
import { templateSite, verifyLink } from '../links/verify';
import { limitBody } from '../middleware/body';
import { isSameOrigin, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { limitLinkVisit } from '../middleware/rate-limit';
import { PAGE_HEADERS } from '../middleware/security-headers';

export const surveyPages = new Hono<AppEnv>();

const HEADERS = {
  ...PAGE_HEADERS,
  'Cache-Control': 'no-store',
  // The page's language comes from Accept-Language when the link names none.
  Vary: 'Accept-Language',
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
  409: ['Your answer could not be saved', 'Please open the link from your email again and send your answer once more.'],
  429: ['Too many requests', 'Please wait a minute and try again.'],
};

/** Errors on these pages are pages too, in one body per status, whatever the cause. */
surveyPages.onError((err, c) => {
  if (!(err instanceof ApiError) || !PAGES[err.status]) throw err;
  const [title, message] = PAGES[err.status]!;
  return c.html(messagePage(title, message), err.status, { ...HEADERS, ...err.headers });
});

async function loadSurvey(c: Context<AppEnv>, claims: LinkClaims) {
  const found = await getSiteSurvey(c.env.DB, claims.s, claims.v);
  if (!found?.definition) throw new ApiError(404, 'survey_not_found', 'This survey does not exist');
  const def = found.definition;
  const accept = (c.req.header('accept-language') ?? '').split(',').map((x) => x.split(';')[0]);
  const lang = pickLang([c.req.query('lang'), claims.l, ...accept], surveyLanguages(def), def.defaultLang);
  return { site: found.site, def, survey: resolveSurvey(def, lang) };
}

interface RenderOptions {
  /** Answers to show instead of the stored ones (a refused post, shown again). */
  answers?: Answers;
  error?: string;
  status?: 200 | 400;
  /** Which step a refused post came from. */
  stage?: Stage;
}

async function render(c: Context<AppEnv>, token: string, claims: LinkClaims, o: RenderOptions = {}) {
  const { site, survey } = await loadSurvey(c, claims);
  // The stored answer of this link's slot. A signed link shows it again (its customer may change it);
  // a template link, which anyone who knows the ticket ID can open, never shows what was answered.
  const verified = verifiedOf(claims);
  const stored = await getEmailAnswer(c.env.DB, claims.s, claims.v, claims.t, verified);
  const earlier: Answers | null = verified && stored ? answersOf(stored) : null;
  const answers: Answers = o.answers ?? { ...earlier };
  // ?score=N from the email's buttons preselects the first question; nothing is recorded by a GET.
  const first = survey.questions[0]!;
  const score = Number(c.req.query('score'));
  const tapped = Number.isInteger(score) && score >= (first.kind === 'nps' ? 0 : 1) && score <= (first.kind === 'nps' ? 10 : 5) ? score : undefined;
  if (!o.answers && tapped !== undefined) answers[first.kind] = tapped;
  // "Thank you" and the optional questions only once an answer is stored.
  const sent = stored !== null ? c.req.query('sent') : undefined;
  const stage: Stage = o.stage ?? (sent === '2' || (sent === '1' && !hasMore(survey)) ? 'done' : sent === '1' ? 'more' : 'ask');
  const css = brandCss(site.settings.brandColor);
  const page = await surveyPage({
    survey,
    text: (LANGUAGES[survey.lang] ?? LANGUAGES.en!).page,
    brand: { name: site.name, logo: site.logoHash ? logoPath(site.id, site.logoHash) : null, css },
    action: `/s/${token}`,
    stage,
    answers,
    tapped: o.answers ? undefined : tapped,
    earlier,
    finished: sent === '2' && hasMore(survey),
    // The page script's delivery key only: the server stores token answers in the ticket's slot.
    data: { id: crypto.randomUUID(), site: claims.s, survey: claims.v, ticket: claims.t, token },
    error: o.error,
  });
  const headers = css ? { ...HEADERS, 'Content-Security-Policy': HEADERS['Content-Security-Policy'].replace("style-src 'self'", `style-src 'self' ${await styleHash(css)}`) } : HEADERS;
  return c.html(page, o.status ?? 200, headers);
}

const answersOf = (r: NonNullable<Awaited<ReturnType<typeof getEmailAnswer>>>): Answers => ({
  csat: r.csat ?? undefined,
  ces: r.ces ?? undefined,
  nps: r.nps ?? undefined,
  comment: r.comment ?? undefined,
  aspects: r.aspects ?? undefined,
});

surveyPages.route('/-/logo', logos);

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
  // A malformed multipart body (no boundary, never closed) is the sender's fault: a 400 form page.
  const form = await c.req.parseBody().catch(() => null);
  if (!form) return render(c, token, claims, { error: survey.questions[0]?.prompt ?? '', status: 400, answers: {} });
  // The optional questions after the first answer: sending none of them is fine.
  const stage: Stage = form.step === 'more' ? 'more' : 'ask';
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
  const given = Object.fromEntries(Object.entries(raw).filter(([, x]) => x !== undefined));
  if (stage === 'more' && Object.keys(given).length === 0) return c.redirect(`/s/${token}?sent=2`, 303);
  const parsed = v.safeParse(Answers, given);
  const issues = parsed.success ? answerIssues(def, parsed.output) : fieldIssues(parsed.issues);
  if (!parsed.success || issues.length) {
    const nothing = !parsed.success && Object.values(raw).every((x) => x === undefined);
    const message = nothing ? survey.questions[0]?.prompt ?? '' : issues.map((i) => i.message).join('. ');
    return render(c, token, claims, { error: message, status: 400, answers: parsed.success ? parsed.output : {}, stage });
  }
  const { outcome, events } = await recordLinkAnswers(c.env.DB, claims, parsed.output, survey.lang);
  if (events) sendAfterCommit(c, claims.s);
  if (outcome === 'conflict') throw new ApiError(409, 'not_stored', 'The answer could not be stored');
  return c.redirect(`/s/${token}?sent=${stage === 'more' ? 2 : 1}`, 303);
});

/** A template link: /s/<site>/<ticket>?survey=&score=&lang= for helpdesks that only have placeholders. */
surveyPages.get('/:site/:ticket', async (c) => {
  const notFound = () => new ApiError(404, 'not_found', 'No such survey link');
  const siteId = v.safeParse(Slug, c.req.param('site'));
  const ticket = v.safeParse(Label(128), c.req.param('ticket'));
  if (!siteId.success || !ticket.success) throw notFound();
  await limitLinkVisit(c, { token: `template:${siteId.output}:${ticket.output}`, site: siteId.output });
  const site = await templateSite(c.env.DB, siteId.output, ticket.output);
  if (!site) throw notFound();
  const surveyId = v.safeParse(Slug, c.req.query('survey') ?? site.defaultSurvey);
  if (!surveyId.success) throw notFound();
  // Short-lived, and stamped with when it was minted: verifyLink ends it once template links are off,
  // the pattern no longer matches, or the ticket is erased.
  const now = Math.floor(Date.now() / 1000);
  const claims: LinkClaims = { s: site.id, v: surveyId.output, t: ticket.output, m: now, e: now + TEMPLATE_TOKEN_MS / 1000 };
  const token = await signToken(claims, (await siteSecret(c.env.DB, site.id))!);
  const query = new URL(c.req.url).search;
  return c.redirect(`/s/${token}${query}`, 302);
});
