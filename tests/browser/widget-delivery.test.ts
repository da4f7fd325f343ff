// Delivery that loses nothing and never hurts the host page: retries across reloads, exactly once.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStack, widgetTag, type Stack } from './harness';
import { hostHtml } from './pages';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function contextWithErrorLog(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    const prev = window.onerror;
    window.onerror = (...args) => {
      w.__errors.push(`onerror: ${String(args[0])}`);
      return prev ? prev(...args) : false;
    };
    addEventListener('unhandledrejection', (e) => w.__errors.push(`rejection: ${String(e.reason)}`));
  });
  return context;
}

const count = (ticket: string) =>
  stack.query<{ n: number; nps: number | null }>(`SELECT count(*) AS n, max(nps) AS nps FROM responses WHERE ticket = '${ticket}'`)[0]!;

describe('widget delivery', () => {
  it('(e) delivers a response exactly once after the collector failed the first 3 tries and the page was reloaded', async () => {
    const ticket = `T-retry-${Date.now()}`;
    stack.setPage('/retry', { html: hostHtml(stack, { ticket, survey: 'support' }) });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    let posts = 0;
    // Tries 1–2 never reach the worker; try 3 reaches it but its answer is lost on the way back.
    await page.route(`${stack.workerUrl}/api/v1/responses`, async (route) => {
      posts++;
      if (posts <= 2) return route.fulfill({ status: 503, body: '{"error":{"code":"down","message":"down"}}' });
      if (posts === 3) {
        await route.fetch();
        return route.fulfill({ status: 503, body: '' });
      }
      return route.continue();
    });
    await page.goto(`${stack.hostUrl}/retry`);
    await page.getByRole('radio', { name: 'Very satisfied' }).check();
    await page.getByRole('button', { name: 'Next' }).click(); // sends at once: try 1
    await expect.poll(() => posts).toBeGreaterThanOrEqual(1);
    const queued = await page.evaluate(() => localStorage.getItem('voce:q'));
    expect(queued).toContain(ticket);

    // Later, the customer comes back to a page of the site.
    await page.reload();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('voce:q')), { timeout: 30_000, interval: 500 }).toBeNull();
    expect(posts).toBeGreaterThanOrEqual(4);
    expect(count(ticket)).toEqual({ n: 1, nps: null });
    const stored = stack.query<{ csat: number }>(`SELECT csat FROM responses WHERE ticket = '${ticket}'`);
    expect(stored).toEqual([{ csat: 5 }]);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await context.close();
  });

  it('(f) lets window.onerror see nothing when the collector is down', async () => {
    stack.setPage('/down', { html: hostHtml(stack, { ticket: 'T-down' }) });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    await page.route(`${stack.workerUrl}/api/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${stack.hostUrl}/down`);
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => typeof (window as unknown as { voce: unknown }).voce)).toBe('function');
    expect(await page.locator('voce-survey').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await context.close();
  });

  it('(f) lets window.onerror see nothing when sending fails after the survey was shown', async () => {
    stack.setPage('/send-fails', { html: hostHtml(stack, { ticket: 'T-send-fails' }) });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    await page.route(`${stack.workerUrl}/api/v1/responses`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${stack.hostUrl}/send-fails`);
    await page.getByRole('radio', { name: 'Dissatisfied', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await context.close();
  });

  it('(f) lets window.onerror see nothing when the site does not exist', async () => {
    stack.setPage('/nosite', { html: hostHtml(stack, { site: 'no-such-site', ticket: 'T-x' }) });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    await page.goto(`${stack.hostUrl}/nosite`);
    await page.waitForTimeout(2000);
    await page.evaluate(() => (window as unknown as { voce: { open(): Promise<void> } }).voce.open());
    expect(await page.locator('voce-survey').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await context.close();
  });

  it('adds one global, sets no cookie, and opens, prefills and closes from code', async () => {
    stack.setPage('/api', { html: hostHtml(stack, { ticket: 'T-api', auto: 'false' }) });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    stack.setPage('/blank', { html: '<!doctype html><title>blank</title><p>no widget</p>' });
    await page.goto(`${stack.hostUrl}/blank`);
    const before = await page.evaluate(() => Object.keys(window));
    await page.goto(`${stack.hostUrl}/api`);
    await page.waitForFunction(() => typeof (window as unknown as { voce?: unknown }).voce === 'function');
    const added = await page.evaluate((keys) => Object.keys(window).filter((k) => !keys.includes(k) && k !== '__errors'), before);
    expect(added).toEqual(['voce']);
    expect(await page.locator('voce-survey').count()).toBe(0); // data-auto="false"
    await page.evaluate(async () => {
      const voce = (window as unknown as { voce: { prefill(a: object): void; open(): Promise<void> } }).voce;
      voce.prefill({ csat: 2 });
      await voce.open();
    });
    await expect.poll(() => page.getByRole('radio', { name: 'Dissatisfied', exact: true }).isChecked()).toBe(true);
    await page.evaluate(() => (window as unknown as { voce: { close(): void } }).voce.close());
    expect(await page.locator('voce-survey').count()).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
  });

  it('runs the calls queued in voce.q before the script loaded, and fires voce:submit with the whole response', async () => {
    const ticket = `T-queued-${Date.now()}`;
    const tag = widgetTag(stack, { site: 'acme', survey: 'support', auto: 'false', agent: 'ag', channel: 'ch', customer: 'cu' });
    // The stub a site may put before the async tag (README): calls wait in voce.q.
    const stub = `<script>window.voce=function(){(voce.q=voce.q||[]).push(arguments)};voce('prefill',{csat:2});voce('open',{ticket:'${ticket}'})</script>`;
    stack.setPage('/queued', { html: `<!doctype html><html lang="en"><body>${stub}${tag}</body></html>` });
    const context = await contextWithErrorLog();
    const page = await context.newPage();
    await page.goto(`${stack.hostUrl}/queued`);
    await expect.poll(() => page.getByRole('radio', { name: 'Dissatisfied', exact: true }).isChecked()).toBe(true);
    await page.evaluate(() => addEventListener('voce:submit', (e) => ((window as unknown as { __detail: unknown }).__detail = (e as CustomEvent).detail)));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'About as expected' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: '3', exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'What went wrong?' }).fill('faster');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    const detail = await page.evaluate(() => (window as unknown as { __detail: { id: string } }).__detail);
    expect(detail).toMatchObject({
      site: 'acme',
      survey: 'support',
      ticket,
      lang: 'en',
      answers: { csat: 2, ces: 3, nps: 3, comment: 'faster' },
      meta: { agent: 'ag', channel: 'ch', customer: 'cu', url: `${stack.hostUrl}/queued` },
    });
    expect(detail.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect.poll(() => count(ticket).n).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await context.close();
  });
});
