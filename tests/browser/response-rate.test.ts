// The response rate a manager can trust: a browser that loads an email link and waits without input
// counts nothing, a person's first click, key press or tap counts the link opened once, and the
// dashboard's "Response rate" view shows the issued → opened → answered numbers the database holds.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };
const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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

type LinkState = { opened_at: number | null; answered_at: number | null };
const linkOf = (ticket: string) => stack.query<LinkState>(`SELECT opened_at, answered_at FROM links WHERE ticket = '${ticket}'`)[0]!;
const openedCells = () =>
  stack.query<{ n: number }>("SELECT coalesce(sum(links_opened), 0) AS n FROM daily_rollups WHERE site_id = 'acme' AND dim = 'all'")[0]!.n;

async function until(fn: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!fn() && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

/** Every call the page makes to the opened endpoint. */
function watchCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/links/opened')) calls.push(r.method());
  });
  return calls;
}

describe('a link opened by a person', () => {
  it('is not counted for GET, HEAD, or a headless load that scrolls, focuses and waits 5 s without input', async () => {
    const url = await newLink('T-wait');
    for (const method of ['GET', 'HEAD']) expect((await fetch(`${url}?score=4`, { method })).status).toBe(200);
    const scanner = await browser.newContext();
    const page = await scanner.newPage();
    const calls = watchCalls(page);
    await page.goto(`${url}?score=4`);
    await page.mouse.wheel(0, 600); // scrolling alone is no person's act
    await page.evaluate(() => document.querySelector<HTMLElement>('textarea, input')?.focus()); // nor is focus
    await page.evaluate(() => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))); // nor a script's made-up event
    await page.waitForTimeout(5000);
    await scanner.close();
    expect(calls).toEqual([]);
    expect(linkOf('T-wait')).toEqual({ opened_at: null, answered_at: null });
    expect(openedCells()).toBe(0);
  }, 30_000);

  it('is counted once on the first click, however many clicks, key presses and visits follow', async () => {
    const url = await newLink('T-click');
    const person = await browser.newContext();
    const page = await person.newPage();
    const calls = watchCalls(page);
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(calls).toEqual([]);
    await page.locator('h1').click(); // a click on the page, not yet an answer
    await until(() => linkOf('T-click').opened_at !== null);
    const first = linkOf('T-click');
    expect(first.opened_at).toBeGreaterThan(0);
    expect(first.answered_at).toBeNull();
    await page.locator('h1').click();
    await page.keyboard.press('Tab');
    await page.waitForTimeout(500);
    expect(calls).toEqual(['POST']);
    // Another visit of the same link by the same person: the open time stays, the count too.
    await page.reload();
    await page.locator('h1').click();
    await page.waitForTimeout(1000);
    expect(calls).toEqual(['POST', 'POST']);
    expect(linkOf('T-click')).toEqual(first);
    expect(openedCells()).toBe(1);
    await person.close();
  });

  it('is counted on a key press alone, and on a tap', async () => {
    const keyUrl = await newLink('T-key');
    const keyboard = await browser.newContext();
    const kp = await keyboard.newPage();
    await kp.goto(keyUrl);
    await kp.keyboard.press('Tab');
    await until(() => linkOf('T-key').opened_at !== null);
    expect(linkOf('T-key').opened_at).toBeGreaterThan(0);
    await keyboard.close();

    const tapUrl = await newLink('T-tap');
    const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const tp = await phone.newPage();
    await tp.goto(tapUrl);
    await tp.locator('h1').tap();
    await until(() => linkOf('T-tap').opened_at !== null);
    expect(linkOf('T-tap').opened_at).toBeGreaterThan(0);
    await phone.close();
    expect(openedCells()).toBe(3);
  });
});

describe('the Response rate view', () => {
  let admin: BrowserContext;

  beforeAll(async () => {
    // More links: answered with the form (no script), opened only, and never opened; a template link's visit.
    for (const t of ['T-ans-1', 'T-ans-2']) {
      const url = await newLink(t, { agent: 'mario' });
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'csat=5', redirect: 'manual' });
      expect(res.status).toBe(303);
    }
    for (const t of ['T-open-1', 'T-open-2']) {
      const token = (await newLink(t)).split('/s/')[1]!;
      const res = await fetch(`${stack.workerUrl}/api/v1/links/opened`, { method: 'POST', body: JSON.stringify({ token }) });
      expect(res.status).toBe(204);
    }
    for (const t of ['T-none-1', 'T-none-2', 'T-none-3']) await newLink(t);
    // Widget answers, for the answers per source.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${stack.workerUrl}/api/v1/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', Origin: stack.hostUrl },
        body: JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', ticket: `W-${i}`, answers: { csat: 4 } }),
      });
      expect(res.status).toBe(201);
    }

    admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await admin.newPage();
    await createFirstAdmin(stack, page, ADMIN);
    await page.close();
  }, 60_000);

  const to = dayOf(Date.now());
  const from = dayOf(Date.now() - 29 * DAY);
  const view = () => `${stack.workerUrl}/dashboard/?site=acme&view=rate&from=${from}&to=${to}`;
  /** The first number in a row's "this period" cell, as shown (thousands separators removed). */
  const shown = async (page: Page, table: string, row: string) => {
    const text = await page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').first().innerText();
    return Number(/[\d,]+/.exec(text)![0].replace(/,/g, ''));
  };

  it('is in the navigation and shows issued, opened by a person and answered as the database counts them, and answers per source', async () => {
    const page = await admin.newPage();
    await page.goto(`${stack.workerUrl}/dashboard/?site=acme&from=${from}&to=${to}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Response rate' }).click();
    await page.getByRole('heading', { name: 'Response rate', level: 1 }).waitFor();
    expect(page.url()).toContain('view=rate');
    const db = stack.query<{ issued: number; opened: number; answered: number }>(
      `SELECT count(*) AS issued, count(opened_at) AS opened, count(answered_at) AS answered FROM links WHERE site_id = 'acme' AND created_at >= ${Date.parse(`${from}T00:00:00Z`)}`,
    )[0]!;
    // 3 opened in the tests above, 2 answered, 2 opened only, 4 never opened (T-wait and three more).
    expect(db).toEqual({ issued: 11, opened: 7, answered: 2 });
    const funnel = 'Email links: issued, opened by a person, answered';
    await page.getByRole('table', { name: funnel }).waitFor();
    expect(await shown(page, funnel, 'Issued')).toBe(db.issued);
    expect(await shown(page, funnel, 'Opened by a person')).toBe(db.opened);
    expect(await shown(page, funnel, 'Answered')).toBe(db.answered);
    const opened = page.getByRole('table', { name: funnel }).getByRole('row', { name: /^Opened by a person/ }).getByRole('cell').first();
    expect(await opened.innerText()).toContain(`${((100 * db.opened) / db.issued).toFixed(1)}% of issued`);
    const answered = page.getByRole('table', { name: funnel }).getByRole('row', { name: /^Answered/ }).getByRole('cell').first();
    expect(await answered.innerText()).toContain(`${((100 * db.answered) / db.opened).toFixed(1)}% of opened`);

    const sources = stack.query<{ source: string; n: number }>(`SELECT source, count(*) AS n FROM responses WHERE site_id = 'acme' GROUP BY source ORDER BY source`);
    expect(sources).toEqual([{ source: 'email', n: 2 }, { source: 'widget', n: 3 }]);
    const bySource = 'Answers by source';
    expect(await shown(page, bySource, 'Widget')).toBe(3);
    expect(await shown(page, bySource, 'Email link')).toBe(2);
    expect(await page.getByRole('table', { name: bySource }).getByRole('row', { name: /^Widget/ }).getByRole('cell').first().innerText()).toContain('60%');

    // The definitions a manager reads.
    await page.getByText('the page got a tap, click or key press; email scanners that only load the page are not counted').waitFor();
    await page.getByText('Template links are not counted as issued or opened').waitFor();

    // The filter bar filters it: agent mario has the two answered links.
    await page.getByRole('combobox', { name: 'Agent' }).selectOption('mario');
    await expect.poll(() => shown(page, funnel, 'Issued')).toBe(2);
    expect(await shown(page, funnel, 'Answered')).toBe(2);
    await page.close();
  });

  it('has no axe-core violations at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(view());
      await page.getByRole('table', { name: 'Answers by source' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `at ${width}`).toEqual([]);
      // Nothing wider than the screen but the tables' own scrolling regions.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/response-rate-${width}.png`, fullPage: true });
      await page.close();
    }
  });
});
