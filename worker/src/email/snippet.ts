// The email snippet of SPEC.md "Email links": the first question's scale as link buttons (tables and
// inline styles only, no script) and its plain-text fallback. Pure string building, safe in Workers.
import type { ResolvedSurvey } from '../../../shared/i18n';

export interface SnippetInput {
  url: string;
  survey: ResolvedSurvey;
  /** Hex colour of the buttons, default '#2455c3'. */
  brand?: string;
}

const DEFAULT_BRAND = '#2455c3';
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = '#1f2937';
const MUTED = '#4b5563';
const WHITE = '#ffffff';
const DARK = '#111827';

const OPEN_SURVEY: Record<string, string> = {
  en: 'Or open the survey',
  it: 'Oppure apra il sondaggio',
  es: 'O abra la encuesta',
  fr: 'Ou ouvrez le questionnaire',
  de: 'Oder öffnen Sie die Umfrage',
  pt: 'Ou abra o questionário',
  pl: 'Lub otwórz ankietę',
  nl: 'Of open de enquête',
};

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `url` with `score=N` added to its query (before any `#fragment`). */
export function scoreUrl(url: string, score: number): string {
  const hash = url.indexOf('#');
  const [base, frag] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}score=${score}${frag}`;
}

function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Button colours: white on the brand colour unless the brand is too light for white text to read. */
function palette(brand: string | undefined) {
  const bg = brand && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(brand) ? brand.toLowerCase() : DEFAULT_BRAND;
  const l = luminance(bg);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance(DARK) + 0.05);
  const fg = onWhite >= 4.5 || onWhite >= onDark ? WHITE : DARK;
  return { bg, fg, link: onWhite >= 4.5 ? bg : TEXT };
}

export function emailSnippet(input: SnippetInput): { html: string; text: string } {
  const { url, survey } = input;
  if (!/^https?:\/\//i.test(url)) throw new Error('emailSnippet: url must be http(s)');
  const q = survey.questions[0];
  if (!q) throw new Error('emailSnippet: the survey has no question');
  const { bg, fg, link } = palette(input.brand);
  const open = OPEN_SURVEY[survey.lang.split(/[-_]/)[0]!.toLowerCase()] ?? OPEN_SURVEY.en!;
  const scores = q.kind === 'nps' ? [...Array(11).keys()] : [1, 2, 3, 4, 5];
  const table = (attrs: string, style: string /* border-collapse value, then more CSS */, rows: string) =>
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${attrs} style="width:100%;border-collapse:${style};">${rows}</table>`;
  const button = (n: number, content: string, style: string) =>
    `<a href="${esc(scoreUrl(url, n))}" target="_blank" style="display:block;${style}background-color:${bg};color:${fg};font-family:${FONT};text-decoration:none;">${content}</a>`;
  const cell = (inner: string) =>
    `<td bgcolor="${bg}" style="background-color:${bg};border:1px solid ${bg};border-radius:6px;">${inner}</td>`;

  let scale: string;
  if (q.kind === 'nps') {
    // 11 equal cells with a 1px gap: at 320 px each is ≥ 26 px wide
    const cells = scores
      .map((n) => {
        const a = button(n, String(n), 'padding:11px 0;font-size:15px;line-height:20px;font-weight:700;text-align:center;border-radius:5px;');
        return `<td width="9%" style="width:9.09%;padding:0 0 0 ${n ? 1 : 0}px;">${table('', 'separate', `<tr>${cell(a)}</tr>`)}</td>`;
      })
      .join('');
    const anchor = (label: string | undefined, align: string) =>
      `<td width="50%" align="${align}" valign="top" style="padding:6px 0 0 0;font-family:${FONT};font-size:12px;line-height:16px;color:${MUTED};text-align:${align};">${esc(label ?? '')}</td>`;
    scale =
      table('', 'collapse;table-layout:fixed', `<tr>${cells}</tr>`) +
      table('', 'collapse', `<tr>${anchor(q.labels[0], 'left')}${anchor(q.labels[1], 'right')}</tr>`);
  } else {
    // CSAT and CES: full-width rows "N  label", 46 px tall, so long labels can wrap
    const rows = scores.map((n, i) => {
      const content =
        `<span style="display:inline-block;min-width:22px;font-weight:700;color:${fg};">${n}</span>` +
        `<span style="color:${fg};">${esc(q.labels[n - 1] ?? '')}</span>`;
      const a = button(n, content, 'padding:12px 14px;font-size:16px;line-height:20px;text-align:left;border-radius:5px;');
      return `<tr><td style="padding:${i ? 6 : 0}px 0 0 0;">${table('', 'separate', `<tr>${cell(a)}</tr>`)}</td></tr>`;
    });
    scale = table('', 'collapse', rows.join(''));
  }

  const html = table(
    ` bgcolor="${WHITE}" lang="${esc(survey.lang)}" dir="ltr"`,
    `collapse;max-width:600px;background-color:${WHITE};color:${TEXT};font-family:${FONT}`,
    `<tr><td style="padding:12px 8px 8px 8px;font-family:${FONT};font-size:17px;line-height:24px;font-weight:700;color:${TEXT};">${esc(q.prompt)}</td></tr>` +
      `<tr><td style="padding:4px 8px;">${scale}</td></tr>` +
      `<tr><td style="padding:10px 8px 12px 8px;font-family:${FONT};font-size:13px;line-height:18px;color:${MUTED};">` +
      `<a href="${esc(url)}" target="_blank" style="color:${link};text-decoration:underline;font-family:${FONT};">${esc(open)}</a></td></tr>`,
  );

  const lines = scores.map((n) => {
    if (q.kind !== 'nps') return `${n} – ${q.labels[n - 1] ?? ''}: ${scoreUrl(url, n)}`;
    const end = n === 0 ? q.labels[0] : n === 10 ? q.labels[1] : undefined;
    return `${n}${end ? ` (${end})` : ''}: ${scoreUrl(url, n)}`;
  });
  const text = `${q.prompt}\n\n${lines.join('\n')}\n\n${open}: ${url}\n`;
  return { html, text };
}
