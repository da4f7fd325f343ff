// The widget on a 360 × 640 phone (issue #13): a bottom sheet that covers at most half the screen
// before the customer engages, 44 × 44 px targets at every step, nothing overflowing, a progress
// that keyboard and screen-reader users get, and a Back that works by keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStack, type Stack } from './harness';
import { hostHtml } from './pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 360, height: 640 };

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

let seq = 0;
async function open(lang: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const path = `/phone${++seq}`;
  stack.setPage(path, { html: hostHtml(stack, { ticket: `T-phone-${seq}`, lang }) });
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${stack.hostUrl}${path}`);
  await page.getByRole('radiogroup').first().waitFor();
  return page;
}

/** What the sheet covers, every control's size and whether anything is wider than its box. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('voce-survey')!;
    const root = host.shadowRoot!;
    const box = host.getBoundingClientRect();
    const small = [...root.querySelectorAll<HTMLElement>('input, button, textarea')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}[${(el as HTMLInputElement).name || el.textContent}] ${Math.round(r.width)}×${Math.round(r.height)}`);
    const card = root.querySelector<HTMLElement>('.card')!;
    const wide = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).map((el) => el.tagName);
    return { covers: (box.height * box.width) / (innerWidth * innerHeight), small, overflow: card.scrollWidth > card.clientWidth || wide.length > 0 };
  });

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await a.run({ include: [['voce-survey']] })).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** The focused control inside the widget. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.querySelector('voce-survey')!.shadowRoot!.activeElement as HTMLInputElement | null;
    return a ? `${a.tagName.toLowerCase()}:${a.name || a.textContent?.trim()}` : null;
  });

/** Radiogroups and textboxes as Chromium's accessibility tree gives them to a screen reader. */
async function spoken(page: Page): Promise<{ role: string; name: string; description: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; ignored: boolean }[];
  };
  return nodes
    .filter((n) => !n.ignored && ['radiogroup', 'textbox'].includes(n.role?.value ?? ''))
    .map((n) => ({ role: n.role!.value, name: n.name?.value ?? '', description: n.description?.value ?? '' }));
}

describe('the widget on a 360 × 640 phone', () => {
  it('covers at most half the screen before the customer engages, in every shipped language', async () => {
    const seen: string[] = [];
    for (const lang of ['en', 'it', 'es', 'fr', 'de', 'pt', 'pl', 'nl']) {
      const page = await open(lang);
      const l = await layout(page);
      await page.screenshot({ path: `/tmp/widget-360-first-${lang}.png` });
      seen.push(`${lang} ${(l.covers * 100).toFixed(1)}%`);
      expect({ lang, atMostHalf: l.covers <= 0.5, small: l.small, overflow: l.overflow }, seen.join(', ')).toEqual({ lang, atMostHalf: true, small: [], overflow: false });
      await page.context().close();
    }
    console.log(`covered before engaging: ${seen.join(', ')}`);
  }, 120_000);

  for (const lang of ['en', 'it'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${lang}, ${scheme}: every step has 44 px targets, no overflow, no axe violations; progress and Back by keyboard and screen reader`, async () => {
        const t =
          lang === 'en'
            ? { csat: 'Satisfied', ces: 'Less than expected', q2: 'Question 2 of 4', back: '‹ Back', next: 'Next', nps: 'How likely are you to recommend us to a friend or colleague?' }
            : { csat: 'Soddisfatto', ces: 'Meno di quanto pensavo', q2: 'Domanda 2 di 4', back: '‹ Indietro', next: 'Avanti', nps: 'Quanto è probabile che ci raccomandi a un amico o a un collega?' };
        const page = await open(lang, scheme);
        const shot = async (step: string) => page.screenshot({ path: `/tmp/widget-360-${lang}-${scheme}-${step}.png` });
        const check = async (step: string) => {
          const l = await layout(page);
          expect({ step, small: l.small, overflow: l.overflow }).toEqual({ step, small: [], overflow: false });
          expect({ step, axe: await axe(page) }).toEqual({ step, axe: [] });
          await shot(step);
        };
        await check('1-csat');
        // Step 1 says where the customer is to a screen reader too.
        expect((await spoken(page))[0]!.description).toContain(lang === 'en' ? 'Question 1 of 4' : 'Domanda 1 di 4');

        await page.getByRole('radio', { name: t.csat, exact: true }).tap();
        await page.getByRole('button', { name: t.next }).tap();
        await page.getByText(t.q2).waitFor();
        await page.getByRole('radio', { name: t.ces, exact: true }).tap();
        await check('2-ces');
        const ces = (await spoken(page)).find((n) => n.role === 'radiogroup')!;
        expect(ces.description).toContain(t.q2);

        // Back by keyboard: from the CES scale, Shift+Tab reaches Back; Enter returns to the chosen CSAT.
        await page.getByRole('radio', { name: t.ces, exact: true }).focus();
        for (let i = 0; i < 4 && (await focused(page)) !== `button:${t.back}`; i++) await page.keyboard.press('Shift+Tab');
        expect(await focused(page)).toBe(`button:${t.back}`);
        await page.keyboard.press('Enter');
        expect(await focused(page)).toBe('input:csat');
        expect(await page.getByRole('radio', { name: t.csat, exact: true }).isChecked()).toBe(true);
        await page.getByRole('button', { name: t.next }).tap();
        expect(await page.getByRole('radio', { name: t.ces, exact: true }).isChecked()).toBe(true);

        await page.getByRole('button', { name: t.next }).tap();
        await page.getByRole('radiogroup', { name: t.nps }).waitFor();
        await page.getByRole('radio', { name: '10', exact: true }).tap();
        await check('3-nps');
        // NPS in two rows of six and five, each at least 44 px wide.
        const rows = await page.getByRole('radio').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
        expect(rows).toBe(2);
        await page.getByRole('button', { name: t.next }).tap();
        await page.getByRole('textbox').waitFor();
        await check('4-follow-up');
        await page.getByRole('textbox').fill('ok');
        await page.getByRole('button', { name: lang === 'en' ? 'Send' : 'Invia' }).tap();
        await page.getByText(lang === 'en' ? 'Thank you for your feedback!' : 'Grazie per il suo riscontro!').waitFor();
        await check('5-thanks');
        await page.context().close();
      }, 90_000);
    }
  }
});
