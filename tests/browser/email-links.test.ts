// Email links as scanners and people meet them: scanners open every link and record nothing; a person
// who picks or sends records exactly one response per ticket, with or without JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { launchBrowser, startStack, type Stack } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let stack: Stack;
let browser: Browser;
let key = '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  await run(['key', 'create', 'acme'], { persistTo: stack.persistTo }, (out) => (key = /voce_\S+/.exec(out)?.[0] ?? key));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newLink(ticket: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${stack.workerUrl}/api/v1/links`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ survey: 'support', ticket, agent: 'giulia', ...extra }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { url: string }).url;
}

type Row = { n: number; csat: number | null; nps: number | null; comment: string | null; source: string | null };
const responsesFor = (ticket: string) =>
  stack.query<Row>(`SELECT count(*) AS n, max(csat) AS csat, max(nps) AS nps, max(comment) AS comment, max(source) AS source FROM responses WHERE ticket = '${ticket}'`)[0]!;

async function until(fn: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!fn() && Date.now() < end) await new Promise((r) => setTimeout(r, 300));
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('email links', () => {
  it('record nothing when a scanner GETs, HEADs and renders every score link; then a person answers NPS 9 with a follow-up, and 3 later updates it', async () => {
    const now = Date.now();
    stack.query(`INSERT OR IGNORE INTO surveys (site_id, id, definition, created_at, updated_at) VALUES ('acme', 'nps', '{"questions":[{"kind":"nps"}]}', ${now}, ${now})`);
    const url = await newLink('T-scanned', { survey: 'nps' });
    for (let n = 0; n <= 10; n++) {
      for (const method of ['GET', 'HEAD']) expect((await fetch(`${url}?score=${n}`, { method })).status).toBe(200);
    }
    const scanner = await browser.newContext();
    const pages = await Promise.all(Array.from({ length: 11 }, () => scanner.newPage()));
    await Promise.all(pages.map((p, n) => p.goto(`${url}?score=${n}`)));
    await new Promise((r) => setTimeout(r, 10_000)); // a scanner that runs scripts and waits, without input
    await scanner.close();
    expect(responsesFor('T-scanned').n).toBe(0);

    const person = await browser.newContext();
    const page = await person.newPage();
    await page.goto(`${url}?score=9`);
    expect(await page.getByRole('radio', { name: '9', exact: true }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'What did you like most?' }).fill('Giulia fixed the invoice in minutes');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    await until(() => responsesFor('T-scanned').comment === 'Giulia fixed the invoice in minutes');
    expect(responsesFor('T-scanned')).toEqual({ n: 1, csat: null, nps: 9, comment: 'Giulia fixed the invoice in minutes', source: 'email' });

    // Later the same person opens another button of the same email and changes their mind.
    await page.goto(`${url}?score=3`);
    await page.getByRole('textbox', { name: 'What should we have done better?' }).fill('The invoice is wrong again');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    expect(responsesFor('T-scanned')).toMatchObject({ n: 1, nps: 3, comment: 'The invoice is wrong again' });
    await person.close();
  }, 90_000);

  it('record a CSAT-first survey the same way: one response, updated by a later answer', async () => {
    const url = await newLink('T-csat');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}?score=4`);
    expect(await page.getByRole('radio', { name: 'Satisfied', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    await page.goto(`${url}?score=2`);
    await page.getByRole('textbox', { name: 'What went wrong?' }).fill('Still broken');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    expect(responsesFor('T-csat')).toMatchObject({ n: 1, csat: 2, nps: null, comment: 'Still broken' });
    await context.close();
  });

  it('keeps a score a person picked even if they leave without sending', async () => {
    const url = await newLink('T-left');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('radio', { name: 'Very dissatisfied' }).check();
    await page.goto('about:blank'); // leaves at once: the beacon on pagehide carries the pick
    await until(() => responsesFor('T-left').n === 1);
    expect(responsesFor('T-left')).toMatchObject({ n: 1, csat: 1 });
    await context.close();
  });

  it('works with JavaScript disabled: a plain form post records the score when the person presses Send', async () => {
    const url = await newLink('T-nojs');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}?score=5`);
    await page.waitForTimeout(1000);
    expect(responsesFor('T-nojs').n).toBe(0);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    expect(responsesFor('T-nojs')).toMatchObject({ n: 1, csat: 5 });
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations, ${colorScheme}, before and after sending`, async () => {
      const url = await newLink(`T-axe-${colorScheme}`, { lang: 'it' });
      // bypassCSP only lets the test inject axe-core; the page's own CSP has no 'unsafe-inline'.
      const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 740 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${url}?score=3`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByText('Grazie per il suo riscontro!').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/email-page-360-${colorScheme}.png`, fullPage: true });
      await context.close();
    });
  }

  it('shows expired and forged links as friendly pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const res = await page.goto(`${stack.workerUrl}/s/not.a-token`);
    expect(res?.status()).toBe(403);
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
