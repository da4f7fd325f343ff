// The email snippet rendered in Chromium as a narrow (320 px) and a wide (600 px) email client, light and dark.
import type { Browser } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSurvey } from '../../shared/i18n';
import { SurveyDefinition } from '../../shared/schemas';
import { emailSnippet } from '../../worker/src/email/snippet';
import { launchBrowser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const URL = 'https://voce.example/s/tok123?t=1';

describe.each(['nps', 'csat', 'ces'] as const)('email snippet %s', (kind) => {
  const survey = resolveSurvey(v.parse(SurveyDefinition, { questions: [{ kind, followUp: true }], defaultLang: 'en', text: {} }), 'en');
  const { html } = emailSnippet({ url: URL, survey });

  it.each([
    [320, 'light'],
    [600, 'light'],
    [320, 'dark'],
    [600, 'dark'],
  ] as const)('fits and has big tap targets at %i px (%s)', async (width, colorScheme) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
      const m = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth,
        links: [...document.querySelectorAll('a')].map((a) => {
          const r = a.getBoundingClientRect();
          const s = getComputedStyle(a);
          return { href: a.getAttribute('href')!, x: r.left, right: r.right, width: r.width, height: r.height, visible: s.visibility === 'visible' && s.display !== 'none', color: s.color, bg: s.backgroundColor };
        }),
      }));
      await page.screenshot({ path: `/tmp/snippet-${kind}-${width}-${colorScheme}.png`, fullPage: true });

      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      const scale = m.links.filter((l) => l.href.includes('score='));
      expect(scale).toHaveLength(kind === 'nps' ? 11 : 5);
      for (const l of m.links) {
        expect(l.visible, l.href).toBe(true);
        expect(l.x, l.href).toBeGreaterThanOrEqual(0);
        expect(l.right, l.href).toBeLessThanOrEqual(width);
      }
      for (const l of scale) {
        expect(l.width, l.href).toBeGreaterThanOrEqual(24);
        expect(l.height, l.href).toBeGreaterThanOrEqual(kind === 'nps' ? 24 : 44);
        expect(l.bg).toBe('rgb(36, 85, 195)');
        expect(l.color).toBe('rgb(255, 255, 255)');
      }
      if (kind === 'nps') {
        // one row of 11 equal cells
        expect(new Set(scale.map((l) => Math.round(l.height))).size).toBe(1);
        const widths = scale.map((l) => l.width);
        expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
      } else {
        // full-width rows, one under the other
        for (const l of scale) expect(l.width).toBeGreaterThan(width - 40);
      }
    } finally {
      await context.close();
    }
  });
});
