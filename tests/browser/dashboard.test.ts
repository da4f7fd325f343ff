// The manager's dashboard in Chromium: first run, sign-in, numbers equal to the shared metric
// functions, filters, CSV export, untrusted comments, roles, CSRF, axe-core, screenshots.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ces, csat, nps, round } from '../../shared/metrics';
import { run } from '../../scripts/admin';
import { demoResponsesSql } from '../../scripts/lib/demo-data.mjs';
import { rebuildSql } from '../../worker/src/db/rollups';
import { launchBrowser, startStack, type Stack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };
const VIEWER = { email: 'viewer@acme.test', password: 'a viewer password' };
const XSS = '<img src=x onerror=alert(1)>';

// Known answers in March 2025, away from the 3,000 demo responses of the last 90 days.
const known = [
  { nps: 10, csat: 5, ces: 1, agent: 'mario' },
  { nps: 9, csat: 4, ces: 2, agent: 'mario' },
  { nps: 8, csat: 4, ces: 2, agent: 'mario' },
  { nps: 6, csat: 2, ces: 4, agent: 'luca', comment: XSS },
  { nps: 3, csat: 1, ces: 5, agent: 'luca' },
  { nps: 7, csat: 3, ces: 3, agent: 'luca' },
  { nps: 10, csat: 5, ces: 2, agent: 'giulia' },
];
const RANGE = 'from=2025-03-01&to=2025-03-10';

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  // One statement per call: a command-line argument holds at most 128 KiB.
  for (const statement of demoResponsesSql({ site: 'acme', survey: 'support', count: 3000 }).sql) stack.query(statement);
  const t0 = Date.parse('2025-03-02T09:00:00Z');
  stack.query(
    known
      .map(
        (r, i) =>
          `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, agent, channel, created_at, updated_at)
           VALUES ('${crypto.randomUUID()}', 'acme', 'support', 'K-${i}', ${r.csat}, ${r.ces}, ${r.nps}, ${r.comment ? `'${r.comment}'` : 'NULL'}, 'en', 'widget', '${r.agent}', 'chat', ${t0 + i * 3600_000}, ${t0 + i * 3600_000});`,
      )
      .join('\n'),
  );
  stack.query(`${rebuildSql().join(';\n')};`); // rows written straight to D1: recompute the rollups
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?${query}` : ''}`;
const bigNumber = (page: Page, card: string) => page.locator(`section[aria-labelledby="card-${card}"] .big`).first().innerText();
const signed = (x: number) => (round(x) > 0 ? `+${round(x)}` : String(round(x)).replace('-', '\u2212'));

async function signInAs(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(dash());
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  return { context, page };
}

describe('the dashboard', () => {
  it('creates the admin on first run and shows the overview, timed with the demo data', async () => {
    let setupCode = '';
    await run(['setup-code'], { persistTo: stack.persistTo }, (line) => (setupCode = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec(line)?.[0] ?? setupCode));
    admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await admin.newPage();
    await page.goto(dash());
    await page.getByRole('heading', { name: 'Create the admin account' }).waitFor();
    await page.getByLabel('Setup code').fill(setupCode);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm the password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the admin account' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // Overview ready: from navigation to the NPS number of 3,000 demo responses on screen (logged, not asserted).
    const start = Date.now();
    await page.goto(dash('site=acme'));
    await page.locator('section[aria-labelledby="card-nps"] .big').waitFor();
    console.log(`overview ready in ${Date.now() - start} ms with 3,000 demo responses`);
    expect(await bigNumber(page, 'nps')).toMatch(/^[+−]?\d+/);
  });

  it('shows the numbers the shared metric functions compute from the same rows, and a filter changes them', async () => {
    const page = await admin.newPage();
    await page.goto(dash(`site=acme&${RANGE}`));
    await page.locator('section[aria-labelledby="card-nps"] .big').waitFor();
    expect(await bigNumber(page, 'nps')).toContain(signed(nps(known.map((r) => r.nps))!.score));
    expect(await bigNumber(page, 'csat')).toContain(`${round(csat(known.map((r) => r.csat))!.percent, 1).toFixed(1)}%`);
    expect(await bigNumber(page, 'ces')).toContain(round(ces(known.map((r) => r.ces))!.mean, 2).toFixed(2));
    expect(await bigNumber(page, 'responses')).toBe(String(known.length));

    await page.getByRole('combobox', { name: 'Agent' }).selectOption('luca');
    const luca = known.filter((r) => r.agent === 'luca');
    await expect.poll(() => bigNumber(page, 'responses')).toBe(String(luca.length));
    expect(await bigNumber(page, 'nps')).toContain(signed(nps(luca.map((r) => r.nps))!.score));
    expect(await bigNumber(page, 'csat')).toContain(`${round(csat(luca.map((r) => r.csat))!.percent, 1).toFixed(1)}%`);
    expect(page.url()).toContain('agent=luca');

    // The CSV export of this filtered view downloads and parses.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n').map((l) => l.match(/"(?:[^"]|"")*"/g)!.map((c) => c.slice(1, -1).replace(/""/g, '"')));
    expect(lines[0]).toContain('nps');
    expect(lines.slice(1).map((l) => l[lines[0]!.indexOf('agent')])).toEqual(['luca', 'luca', 'luca']);
    expect(lines.slice(1).map((l) => Number(l[lines[0]!.indexOf('nps')])).sort()).toEqual([3, 6, 7]);
    // The comment starting with "<" is kept as it is; formula characters would have been quoted.
    expect(csv).toContain(XSS);
    await page.close();
  });

  it('shows a comment containing markup as text and runs nothing', async () => {
    const page = await admin.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(dash(`site=acme&view=comments&${RANGE}`));
    await page.getByText(XSS, { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('refuses signed-out requests (401) and a cross-site POST that carries the cookie (403)', async () => {
    const url = `${stack.workerUrl}/api/v1/sites/acme/origins`;
    expect((await fetch(`${stack.workerUrl}/api/v1/sites/acme/summary`)).status).toBe(401);
    const cookie = (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const crossSite = await fetch(url, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: stack.hostUrl, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ origin: 'https://attacker.example' }),
    });
    expect(crossSite.status).toBe(403);
    const origins = stack.query<{ origin: string }>("SELECT origin FROM site_origins WHERE site_id = 'acme'").map((r) => r.origin);
    expect(origins).not.toContain('https://attacker.example');
  });

  it('lets a viewer read but not change settings: the API answers 403', async () => {
    const page = await admin.newPage();
    await page.goto(dash('site=acme'));
    const created = await page.evaluate(async (viewer) => {
      const { csrf } = await (await fetch('/api/v1/auth/state')).json();
      const r = await fetch('/api/v1/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({ ...viewer, role: 'viewer' }),
      });
      return r.status;
    }, VIEWER);
    expect(created).toBe(201);
    await page.close();

    const { context, page: viewerPage } = await signInAs(VIEWER);
    expect(await viewerPage.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    const statuses = await viewerPage.evaluate(async () => {
      const { csrf } = await (await fetch('/api/v1/auth/state')).json();
      const h = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf };
      return [
        (await fetch('/api/v1/sites/acme/settings', { method: 'PATCH', headers: h, body: '{"templateLinks":{"enabled":true}}' })).status,
        (await fetch('/api/v1/sites/acme/origins', { method: 'POST', headers: h, body: '{"origin":"https://x.example"}' })).status,
        (await fetch('/api/v1/sites/acme/keys', { method: 'POST', headers: h, body: '{}' })).status,
        (await fetch('/api/v1/sites/acme/summary')).status,
      ];
    });
    expect(statuses).toEqual([403, 403, 403, 200]);
    await context.close();
  });

  it('has no axe-core violations on the overview, comments, follow-ups and settings, and is screenshotted at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const view of ['overview', 'comments', 'followups', 'settings']) {
        await page.goto(dash(`site=acme&view=${view}`));
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        expect(await axe(page), `${view} at ${width}`).toEqual([]);
        await page.screenshot({ path: `/tmp/dash-test-${view}-${width}.png`, fullPage: view === 'overview' });
      }
      await page.close();
    }
  });
});
