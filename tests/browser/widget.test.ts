// The widget in Chromium, embedded on a page from another origin than the worker, as customers meet it.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStack, untilWorker, type Stack } from './harness';
import { HOSTILE_CSS, hostHtml, strictCsp, type PageOptions } from './pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
async function open(
  attrs: Record<string, string> = {},
  o: PageOptions & { headers?: Record<string, string>; viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
) {
  const ticket = attrs.ticket ?? `T-${Date.now().toString(36)}-${++seq}`;
  const path = `/p${seq}`;
  stack.setPage(path, { html: hostHtml(stack, { ticket, ...attrs }, o), headers: o.headers });
  const context = await browser.newContext({ viewport: o.viewport ?? { width: 1280, height: 900 }, colorScheme: o.colorScheme ?? 'light' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[]; __violations: string[] };
    w.__errors = [];
    w.__violations = [];
    addEventListener('error', (e) => w.__errors.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => w.__errors.push(`rejection: ${String(e.reason)}`));
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${stack.hostUrl}${path}`);
  return { page, ticket, url: `${stack.hostUrl}${path}` };
}

const rows = (ticket: string) =>
  stack.query<{ id: string; csat: number | null; ces: number | null; nps: number | null; comment: string | null; aspects: string | null; agent: string | null }>(
    `SELECT id, csat, ces, nps, comment, aspects, agent FROM responses WHERE ticket = '${ticket}'`,
  );

async function waitForRows(ticket: string, until: (r: ReturnType<typeof rows>) => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  let r = rows(ticket);
  while (!until(r) && Date.now() < end) {
    await new Promise((res) => setTimeout(res, 500));
    r = rows(ticket);
  }
  return r;
}

/** The element focused inside the widget's shadow root, described for assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.querySelector('voce-survey')?.shadowRoot?.activeElement as HTMLElement | null;
    if (!a) return null;
    const label = a.closest('label')?.textContent ?? a.getAttribute('aria-label') ?? a.textContent;
    return `${a.tagName.toLowerCase()}${(a as HTMLInputElement).name ? `[${(a as HTMLInputElement).name}]` : ''}:${label?.trim()}`;
  });

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe('the widget', () => {
  it('(a) is answered with the keyboard alone, and the response lands in D1 with its ticket', async () => {
    const { page, ticket } = await open({ agent: 'mario', channel: 'chat' }, { inline: true });
    await page.getByRole('radiogroup', { name: 'How satisfied are you with the help you received?' }).waitFor();
    await press(page, 'Tab', 2); // the close button, then the first scale
    expect(await focused(page)).toBe('input[csat]:Very dissatisfied');
    await press(page, 'ArrowDown', 3);
    expect(await focused(page)).toBe('input[csat]:Satisfied');
    await press(page, 'Enter'); // chooses and moves on
    expect(await focused(page)).toBe('input[ces]:Much less than expected');
    await press(page, 'ArrowDown');
    await press(page, 'Enter'); // CES: on to its aspect ratings
    expect(await focused(page)).toBe('input[a-courtesy]:1');
    await press(page, 'ArrowRight', 4);
    await press(page, 'Tab');
    await press(page, 'ArrowRight', 3);
    await press(page, 'Tab', 2); // past speed, to the Next button
    expect(await focused(page)).toBe('button:Next');
    await press(page, 'Enter');
    expect(await focused(page)).toBe('input[nps]:0');
    await press(page, 'ArrowRight', 9);
    await press(page, 'Enter');
    expect(await focused(page)).toMatch(/^textarea/);
    await page.keyboard.type('Mario solved it in one chat.');
    await press(page, 'Tab');
    expect(await focused(page)).toBe('button:Send');
    await page.evaluate(() => addEventListener('voce:submit', (e) => ((window as unknown as { __submitted: unknown }).__submitted = (e as CustomEvent).detail)));
    await press(page, 'Enter');
    expect(await focused(page)).toBe('p:Thank you for your feedback!');
    const submitted = await page.evaluate(() => (window as unknown as { __submitted: unknown }).__submitted);
    expect(submitted).toMatchObject({ site: 'acme', ticket, answers: { csat: 4, ces: 2, nps: 9 } });

    const r = await waitForRows(ticket, (x) => x[0]?.comment === 'Mario solved it in one chat.');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ csat: 4, ces: 2, nps: 9, comment: 'Mario solved it in one chat.', agent: 'mario' });
    expect(JSON.parse(r[0]!.aspects!)).toEqual({ courtesy: 5, competence: 4 });
    await page.context().close();
  });

  it('is not asked again for a ticket that was answered', async () => {
    const { page, ticket } = await open({}, { inline: true });
    await page.getByRole('radio', { name: 'Very satisfied' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('voce-survey').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('voce-survey').count()).toBe(0);
    // …but the score chosen before closing was delivered.
    expect((await waitForRows(ticket, (x) => x.length > 0))[0]).toMatchObject({ csat: 5 });
    await page.context().close();
  });

  it('carries data-token to the collector: a ticket signed by the site’s server is stored as verified', async () => {
    const secret = stack.query<{ s: string }>("SELECT widget_secret AS s FROM sites WHERE id = 'acme'")[0]!.s;
    const ticket = `T-signed-${Date.now().toString(36)}`;
    const token = createHmac('sha256', secret).update(`acme\n${ticket}`).digest('hex'); // README, Verified tickets
    const { page } = await open({ ticket, token }, { inline: true });
    await page.getByRole('radio', { name: 'Very satisfied' }).check();
    const verified = () => stack.query<{ verified: number }>(`SELECT verified FROM responses WHERE ticket = '${ticket}'`)[0]?.verified;
    await expect.poll(verified, { timeout: 20_000 }).toBe(1);
    await page.context().close();
  });

  it('waits the site’s minimum number of days before asking the same browser again', async () => {
    // Straight to D1, as the admin CLI writes: the worker serves it within 5 s (it remembers sites that long).
    const minDays = (n: number) => async (r: Response) => ((await r.json()) as { settings: { minDaysBetweenSurveys: number } }).settings.minDaysBetweenSurveys === n;
    stack.query(`UPDATE sites SET settings = '{"minDaysBetweenSurveys":30}' WHERE id = 'acme'`);
    await untilWorker(stack, '/api/v1/surveys/acme/support', minDays(30));
    try {
      const first = await open({}, { inline: true });
      await first.page.getByRole('button', { name: 'Close' }).click();
      // Another ticket, same browser (same storage), a moment later: not due for 30 days.
      const path = '/second-ticket';
      stack.setPage(path, { html: hostHtml(stack, { ticket: 'T-other' }, { inline: true }) });
      await first.page.goto(`${stack.hostUrl}${path}`);
      await first.page.waitForTimeout(1500);
      expect(await first.page.locator('voce-survey').count()).toBe(0);
      // A browser that was never asked still is.
      const fresh = await open({ ticket: 'T-other' }, { inline: true });
      await fresh.page.getByRole('radiogroup').first().waitFor();
      await first.page.context().close();
      await fresh.page.context().close();
    } finally {
      stack.query(`UPDATE sites SET settings = '{}' WHERE id = 'acme'`);
      await untilWorker(stack, '/api/v1/surveys/acme/support', minDays(0));
    }
  });

  it('speaks data-lang, else the page’s <html lang>, else the browser’s language', async () => {
    const fromPage = await open({}, { lang: 'it', inline: true });
    await fromPage.page.getByRole('radiogroup', { name: "Quanto è soddisfatto dell'assistenza ricevuta?" }).waitFor();
    const fromAttr = await open({ lang: 'de' }, { lang: 'it', inline: true });
    await fromAttr.page.getByRole('radio', { name: 'Sehr zufrieden' }).waitFor();
    await fromPage.page.context().close();
    await fromAttr.page.context().close();
  });

  it('asks a one-question survey with the follow-up that fits the answer', async () => {
    const now = Date.now();
    stack.query(
      `INSERT OR IGNORE INTO surveys (site_id, id, definition, created_at, updated_at) VALUES ('acme', 'quick', '{"questions":[{"kind":"nps"}]}', ${now}, ${now})`,
    );
    for (const [score, prompt] of [
      ['3', 'What should we have done better?'],
      ['8', 'What would make you more likely to recommend us?'],
      ['10', 'What did you like most?'],
    ]) {
      const { page, ticket } = await open({ survey: 'quick' }, { inline: true });
      await page.getByRole('radio', { name: score, exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: prompt }).fill(`because ${score}`);
      await page.getByRole('button', { name: 'Send' }).click();
      const r = await waitForRows(ticket, (x) => x[0]?.comment === `because ${score}`);
      expect(r[0]).toMatchObject({ nps: Number(score), csat: null, ces: null });
      await page.context().close();
    }
  });

  it('(b) stays usable on a page with hostile CSS', async () => {
    const { page, ticket } = await open({}, { css: HOSTILE_CSS, viewport: { width: 360, height: 740 } });
    const card = page.getByRole('region', { name: 'How did we do?' });
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const fontSize = await page.getByText('How satisfied are you with the help you received?').evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('15px');
    await page.getByRole('radio', { name: 'Very satisfied' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'About as expected' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: '10', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    expect((await waitForRows(ticket, (x) => x[0]?.nps === 10))[0]).toMatchObject({ csat: 5, ces: 3, nps: 10 });
    await page.context().close();
  });

  it('(c) raises no securitypolicyviolation under a strict CSP', async () => {
    const { page, ticket } = await open({}, { headers: { 'Content-Security-Policy': strictCsp(stack) } });
    await page.getByRole('radio', { name: 'Satisfied', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'Less than expected', exact: true }).click();
    const opacity = await page.getByRole('button', { name: 'Next' }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(opacity).not.toBe('rgba(0, 0, 0, 0)'); // the stylesheet applied
    expect((await waitForRows(ticket, (x) => x[0]?.ces === 2))[0]).toMatchObject({ csat: 4, ces: 2 });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`(d) has no axe-core violations at any step, ${scheme} scheme`, async () => {
      const { page } = await open({}, { colorScheme: scheme, inline: true });
      await page.addScriptTag({ content: AXE });
      const audit = async (step: string) => {
        // Contrast is only meaningful once the entry animation has finished.
        await page.waitForFunction(() => document.querySelector('voce-survey')?.shadowRoot?.getAnimations().length === 0);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const r = await axe.run({ include: [['voce-survey']] });
          return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { failureSummary: string }).failureSummary)).slice(0, 600)}`);
        });
        expect(violations, step).toEqual([]);
      };
      await page.getByRole('radio', { name: 'Neither satisfied nor dissatisfied' }).waitFor();
      await audit('csat');
      await page.getByRole('radio', { name: 'Neither satisfied nor dissatisfied' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: 'More than expected', exact: true }).check();
      await page.waitForTimeout(300);
      await audit('ces with aspects');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: '7', exact: true }).check();
      await page.waitForTimeout(300);
      await audit('nps');
      await page.getByRole('button', { name: 'Next' }).click();
      await audit('follow-up');
      await page.getByRole('button', { name: 'Send' }).click();
      await audit('thank-you');
      await page.context().close();
    });
  }
});
