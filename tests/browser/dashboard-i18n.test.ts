// The dashboard in the team's language, in Chromium with an Italian browser (locale it-IT): first run,
// sign-in and overview in Italian with it-IT numbers and dates; the language switch changes the whole
// page at once and sticks across a reload; the CSV export opens in Italian Excel (";", decimal comma,
// BOM, every row as wide as the header); axe-core clean in Italian at 1280 and 390 px.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ces, csat, round } from '../../shared/metrics';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { launchBrowser, startStack, type Stack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'capo@acme.test', password: 'cavallo batteria graffetta' };
const N = 1234;
const RANGE = 'site=acme&from=2025-03-01&to=2025-03-10';
const ROW = (i: number) => ({ nps: [10, 9, 8, 6, 3][i % 5]!, csat: [5, 4, 4, 2, 1][i % 5]!, ces: [1, 2, 2, 4, 5][i % 5]! });
const rows = Array.from({ length: N }, (_, i) => ROW(i));
const it1 = (x: number, digits: number) => new Intl.NumberFormat('it-IT', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(round(x, digits));

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  // 1,234 answers ten minutes apart from 1 March 2025; some comments hold the separator or a formula.
  const t0 = Date.parse('2025-03-01T08:00:00Z');
  const pick = (col: 'nps' | 'csat' | 'ces') => `CASE i % 5 ${[0, 1, 2, 3, 4].map((r) => `WHEN ${r} THEN ${ROW(r)[col]}`).join(' ')} END`;
  stack.query(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${N - 1})
     INSERT INTO responses (id, site_id, survey_id, ticket, nps, csat, ces, comment, lang, source, agent, channel, created_at, updated_at)
     SELECT printf('%08x-0000-4000-8000-%012x', i, i), 'acme', 'support', 'T-' || i, ${pick('nps')}, ${pick('csat')}, ${pick('ces')},
            CASE WHEN i % 100 = 0 THEN 'Bene; grazie, davvero' WHEN i % 250 = 1 THEN '=1+1' END,
            'it', 'widget', 'mario', 'chat', ${t0} + i * 600000, ${t0} + i * 600000
       FROM n;`,
  );
  stack.query(`${rebuildSql().join(';\n')};`); // rows written straight to D1: recompute the rollups
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?${query}` : ''}`;
const bigNumber = (page: Page, card: string) => page.locator(`section[aria-labelledby="card-${card}"] .big`).first().innerText();
const italian = (o: { width?: number } = {}) =>
  browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: o.width ?? 1280, height: 900 }, acceptDownloads: true });

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(dash(RANGE));
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByRole('heading', { name: 'Panoramica', level: 1 }).waitFor();
  return page;
}

describe('the dashboard for an Italian browser', () => {
  let first: BrowserContext;

  it('creates the admin in Italian and shows the overview with Italian labels, it-IT numbers and dates', async () => {
    let setupCode = '';
    await run(['setup-code'], { persistTo: stack.persistTo }, (line) => (setupCode = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec(line)?.[0] ?? setupCode));
    first = await italian();
    const page = await first.newPage();
    await page.goto(dash(RANGE));
    await page.getByRole('heading', { name: 'Crea l’account amministratore' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.getByLabel('Codice di configurazione').fill(setupCode);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Conferma la password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Crea l’account amministratore' }).click();
    await page.getByRole('heading', { name: 'Panoramica', level: 1 }).waitFor();
    await page.locator('section[aria-labelledby="card-responses"] .big').waitFor();

    expect(await page.title()).toBe('Panoramica · Voce');
    const nav = page.getByRole('navigation', { name: 'Principale' });
    for (const name of ['Panoramica', 'Tasso di risposta', 'Commenti', 'Da richiamare', 'Ticket', 'Impostazioni']) await nav.getByRole('link', { name, exact: true }).waitFor();
    for (const heading of ['NPS', 'CSAT', 'CES (sforzo)', 'Risposte', 'Tasso di risposta email', 'Andamento', 'Dettaglio'])
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    // 1,234 answers: a "." between thousands, decimal commas in the means and percentages.
    expect(await bigNumber(page, 'responses')).toBe('1.234');
    expect(await bigNumber(page, 'csat')).toContain(`${it1(csat(rows.map((r) => r.csat))!.percent, 1)}%`);
    expect(await bigNumber(page, 'csat')).toContain(',');
    expect(await bigNumber(page, 'ces')).toContain(it1(ces(rows.map((r) => r.ces))!.mean, 2));
    const csatCard = await page.locator('section[aria-labelledby="card-csat"]').innerText();
    expect(csatCard).toContain('soddisfatti (4–5)');
    expect(csatCard).toContain('1.234 risposte');
    expect(await page.locator('section[aria-labelledby="card-nps"]').innerText()).toMatch(/Promotori \(9–10\):\s*494/);
    // Dates with Italian month names.
    expect(await page.locator('p.period').innerText()).toBe('1 mar 2025 – 10 mar 2025, rispetto a 19 feb 2025 – 28 feb 2025');
    expect(await page.getByRole('combobox', { name: 'Periodo' }).inputValue()).toBe('custom');
  });

  it('switches to English at once, without a reload, and keeps English across reloads', async () => {
    const page = await first.newPage();
    await page.goto(dash(RANGE));
    await page.locator('section[aria-labelledby="card-responses"] .big').waitFor();
    const switcher = page.getByRole('combobox', { name: 'Lingua della dashboard' });
    // Each language is named in itself, marked with its own lang.
    expect(await switcher.locator('option[value="it"]').getAttribute('lang')).toBe('it');
    expect(await switcher.locator('option[value="de"]').innerText()).toBe('Deutsch');
    let reloaded = false;
    page.once('load', () => (reloaded = true));
    await switcher.selectOption('en');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await expect.poll(() => bigNumber(page, 'responses')).toBe('1,234');
    expect(reloaded).toBe(false);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Overview · Voce');
    await page.getByRole('heading', { name: 'Responses', exact: true }).waitFor();
    expect(await page.locator('p.period').innerText()).toContain('Mar 1, 2025');

    await page.reload();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await expect.poll(() => bigNumber(page, 'responses')).toBe('1,234');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('combobox', { name: 'Dashboard language' }).inputValue()).toBe('en');
    // Another tab of the same browser starts in English too.
    const other = await first.newPage();
    await other.goto(dash(RANGE));
    await other.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Dashboard language' }).selectOption('it');
    await page.getByRole('heading', { name: 'Panoramica', level: 1 }).waitFor();
    await page.close();
    await other.close();
  });

  it('exports a CSV Italian Excel opens in columns: ";" and decimal comma, BOM, every row as wide as the header', async () => {
    const context = await italian();
    const page = await signIn(context);
    const link = page.getByRole('link', { name: 'Esporta CSV' });
    expect(await link.getAttribute('href')).toMatch(/sep=semicolon&decimal=comma/);
    expect(await page.getByRole('combobox', { name: 'Formato CSV' }).inputValue()).toBe('semicolon');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + N);
    // Every cell quoted: split on the separator between quotes, as Excel does.
    const cells = lines.map((l) => l.match(/"(?:[^"]|"")*"(?=;|$)/g)!.map((c) => c.slice(1, -1).replace(/""/g, '"')));
    const header = cells[0]!;
    expect(header).toContain('nps');
    for (const row of cells) expect(row).toHaveLength(header.length);
    const comments = cells.slice(1).map((r) => r[header.indexOf('comment')]);
    expect(comments).toContain('Bene; grazie, davvero');
    expect(comments).toContain("'=1+1");
    for (const c of cells.flat()) expect(c).not.toMatch(/^[=+\-@\t\r]/);

    // The other format is one choice away, and remembered.
    await page.getByRole('combobox', { name: 'Formato CSV' }).selectOption('comma');
    expect(await link.getAttribute('href')).not.toContain('sep=');
    await page.reload();
    await page.getByRole('heading', { name: 'Panoramica', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Formato CSV' }).inputValue()).toBe('comma');
    expect(await page.getByRole('link', { name: 'Esporta CSV' }).getAttribute('href')).not.toContain('sep=');
    await context.close();
  });

  it.each([1280, 390])('passes axe-core in Italian at %i px', async (width) => {
    const context = await italian({ width });
    const page = await signIn(context);
    await page.locator('section[aria-labelledby="card-responses"] .big').waitFor();
    await page.locator('section[aria-labelledby="breakdown-h"] table').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/overview-it-${width}.png`, fullPage: true });
    await context.close();
  });
});
