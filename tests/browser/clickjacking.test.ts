// Clickjacking (issue #10): a page on another origin (same site: 127.0.0.1, another port) frames the
// signed-in dashboard; Chromium must show nothing of it. And the dashboard must work under its own CSP.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { launchBrowser, startStack, type Stack } from './harness';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], { persistTo: stack.persistTo }, () => {});
  // A few answers over the last days, so the overview draws its Chart.js charts.
  const day = 86400_000;
  stack.query(
    Array.from({ length: 6 }, (_, i) => {
      const at = Date.now() - (i + 1) * day;
      return `INSERT INTO responses (id, site_id, survey_id, ticket, nps, comment, lang, source, created_at, updated_at)
        VALUES ('${crypto.randomUUID()}', 'acme', 'support', 'C-${i}', ${i + 4}, 'comment ${i}', 'en', 'widget', ${at}, ${at});`;
    }).join('\n'),
  );
  stack.query(`${rebuildSql().join(';\n')};`); // rows written straight to D1: recompute the rollups
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Every CSP report of a page: Chromium's console messages and the page's securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|X-Frame-Options/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/** A context signed in as the admin, as the victim's browser would be. */
async function signedIn(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const login = await context.request.post(`${stack.workerUrl}/api/v1/auth/login`, { data: ADMIN, headers: { Origin: stack.workerUrl } });
  expect(login.status()).toBe(200);
  return context;
}

describe('the dashboard', () => {
  it('runs its sign-in page, the overview with its charts, comments and settings under its CSP with no violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const res = await page.goto(`${stack.workerUrl}/dashboard/`);

    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();

    await page.goto(`${stack.workerUrl}/dashboard/?site=acme`);
    // Chart.js has drawn once it has sized the canvas (through style properties, which CSP allows).
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-box canvas')].some((c) => (c as HTMLCanvasElement).style.boxSizing === 'border-box'));
    for (const view of ['comments', 'followups', 'tickets', 'settings']) {
      await page.goto(`${stack.workerUrl}/dashboard/?site=acme&view=${view}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(await page.evaluate(() => document.querySelector('main h1')?.textContent)).toBe('Settings');
    expect(await violations()).toEqual([]);
    expect(res!.headers()['content-security-policy'] ?? '', 'the CSP it ran under').toContain("frame-ancestors 'none'");
    await context.close();
  });

  it('shows nothing of itself, signed in, inside a frame of a page on another origin', async () => {
    const context = await signedIn();
    stack.setPage('/prize', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head>
<body><h1>Click the big button to win</h1>
<iframe id="victim" title="prize" src="${stack.workerUrl}/dashboard/?site=acme&view=settings" width="1200" height="800"></iframe></body></html>`,
    });
    const page = await context.newPage();
    const refusals = await watchCsp(page);
    await page.goto(`${stack.hostUrl}/prize`);

    const framed = page.frameLocator('#victim');
    const shown = await framed
      .getByRole('heading', { name: 'Settings', level: 1 })
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    expect(shown, 'the framed dashboard showed its signed-in Settings view').toBe(false);
    expect(await framed.locator('#app').count()).toBe(0);
    await expect.poll(refusals).toEqual([expect.stringMatching(/frame-ancestors 'none'/)]);
    await context.close();
  });
});
