// The email snippet: hrefs per score, no script/style/classes, escaping, and the plain-text fallback.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, resolveSurvey, type ResolvedSurvey } from '../../../shared/i18n';
import { SurveyDefinition } from '../../../shared/schemas';
import { emailSnippet } from '../../../worker/src/email/snippet';

type Kind = 'nps' | 'csat' | 'ces';
const survey = (kind: Kind, lang: string): ResolvedSurvey =>
  resolveSurvey(v.parse(SurveyDefinition, { questions: [{ kind, followUp: true }], defaultLang: 'en', text: {} }), lang);

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
const URL = 'https://voce.example/s/tok123';
const scoresOf = (kind: Kind) => (kind === 'nps' ? [...Array(11).keys()] : [1, 2, 3, 4, 5]);

describe('emailSnippet', () => {
  describe.each(['nps', 'csat', 'ces'] as const)('%s', (kind) => {
    describe.each(['en', 'it'])('lang %s', (lang) => {
      const s = survey(kind, lang);
      const q = s.questions[0]!;

      it('links every score, then the survey itself', () => {
        const { html } = emailSnippet({ url: URL, survey: s });
        expect(hrefs(html)).toEqual([...scoresOf(kind).map((n) => `${URL}?score=${n}`), URL]);
      });

      it('uses &score= when the url already has a query (escaped in the attribute)', () => {
        const url = `${URL}?t=abc`;
        const { html, text } = emailSnippet({ url, survey: s });
        expect(hrefs(html)).toEqual([...scoresOf(kind).map((n) => `${url}&amp;score=${n}`), url]);
        expect(text).toContain(`${url}&score=${scoresOf(kind)[0]}`);
      });

      it('is email-safe and shows the prompt, the labels and the language', () => {
        const { html } = emailSnippet({ url: URL, survey: s });
        for (const bad of ['<script', '<style', 'class=', 'javascript:', '<img', '<link', 'url(']) expect(html.toLowerCase()).not.toContain(bad);
        expect(html).toMatch(/^<table role="presentation"[^>]* lang="(en|it)" dir="ltr"/);
        expect(html).toContain('max-width:600px');
        expect(html).toContain(esc(q.prompt));
        for (const label of q.labels) expect(html).toContain(`>${esc(label)}<`);
        expect(html).not.toMatch(/<table(?![^>]*role="presentation")/);
        // every element that carries text or is a button has its own colour; every link is a styled block or the plain link
        expect(html.match(/<a /g)).toHaveLength(scoresOf(kind).length + 1);
        expect(html.match(/<a [^>]*style="display:block;[^"]*background-color:#2455c3;color:#ffffff;/g)).toHaveLength(scoresOf(kind).length);
        expect(html).toContain(lang === 'it' ? 'Oppure apra il sondaggio' : 'Or open the survey');
      });

      it('has a plain-text line per score', () => {
        const { text } = emailSnippet({ url: URL, survey: s });
        const lines = text.split('\n');
        expect(lines[0]).toBe(q.prompt);
        const scoreLines = lines.filter((l) => l.includes('score='));
        expect(scoreLines).toHaveLength(scoresOf(kind).length);
        scoreLines.forEach((l, i) => {
          const n = scoresOf(kind)[i]!;
          expect(l.endsWith(`: ${URL}?score=${n}`)).toBe(true);
          if (kind !== 'nps') expect(l).toBe(`${n} – ${q.labels[n - 1]}: ${URL}?score=${n}`);
        });
        if (kind === 'nps') {
          expect(scoreLines[0]).toBe(`0 (${q.labels[0]}): ${URL}?score=0`);
          expect(scoreLines[5]).toBe(`5: ${URL}?score=5`);
          expect(scoreLines[10]).toBe(`10 (${q.labels[1]}): ${URL}?score=10`);
        }
        expect(lines.at(-2)).toBe(`${lang === 'it' ? 'Oppure apra il sondaggio' : 'Or open the survey'}: ${URL}`);
      });
    });
  });

  it('escapes the prompt, the labels and the url', () => {
    const base = survey('csat', 'en');
    const hostile: ResolvedSurvey = {
      ...base,
      questions: [{ ...base.questions[0]!, prompt: `<img src=x onerror=alert(1)> & "q"`, labels: ['<b>1</b>', "it's", '3', '4', '5'] }],
    };
    const url = 'https://voce.example/s/a"onmouseover="alert(1)';
    const { html, text } = emailSnippet({ url, survey: hostile });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    expect(html).toContain('&lt;b&gt;1&lt;/b&gt;');
    expect(html).toContain('it&#39;s');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"onmouseover');
    expect(hrefs(html)[0]).toBe('https://voce.example/s/a&quot;onmouseover=&quot;alert(1)?score=1');
    expect(text.split('\n')[0]).toBe(hostile.questions[0]!.prompt); // plain text is not HTML
  });

  it('escapes the language and falls back to English words for other languages', () => {
    const s = { ...survey('nps', 'en'), lang: 'x"y' };
    const { html } = emailSnippet({ url: URL, survey: s });
    expect(html).toContain('lang="x&quot;y"');
    expect(html).toContain('Or open the survey');
    expect(emailSnippet({ url: URL, survey: { ...s, lang: 'de-AT' } }).html).toContain('Oder öffnen Sie die Umfrage');
  });

  it('has the "open the survey" words for every shipped language', () => {
    for (const lang of Object.keys(LANGUAGES)) {
      const { text } = emailSnippet({ url: URL, survey: survey('nps', lang) });
      if (lang !== 'en') expect(text).not.toContain('Or open the survey');
    }
  });

  it('keeps a #fragment at the end', () => {
    const { html } = emailSnippet({ url: `${URL}?a=1#top`, survey: survey('nps', 'en') });
    expect(hrefs(html)[3]).toBe(`${URL}?a=1&amp;score=3#top`);
  });

  it('uses a valid brand colour and ignores anything else', () => {
    const s = survey('ces', 'en');
    expect(emailSnippet({ url: URL, survey: s, brand: '#0A7F3F' }).html).toContain('bgcolor="#0a7f3f" style="background-color:#0a7f3f;border:1px solid #0a7f3f;');
    const bad = emailSnippet({ url: URL, survey: s, brand: 'red;background:url(x)' }).html;
    expect(bad).not.toContain('url(');
    expect(bad).toContain('background-color:#2455c3;color:#ffffff;');
    // white text would not read on a very light brand: dark text instead
    expect(emailSnippet({ url: URL, survey: s, brand: '#ffdd00' }).html).toContain('background-color:#ffdd00;color:#111827;');
  });

  it('refuses a url that is not http(s)', () => {
    expect(() => emailSnippet({ url: 'javascript:alert(1)', survey: survey('nps', 'en') })).toThrow();
  });
});
