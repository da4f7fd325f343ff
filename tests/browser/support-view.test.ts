// The Support view in Chromium (issue #15): with ticket facts and answers in the real local D1, the KPI
// cards, the drivers' table with margins and n and the plain-language finding, each agent's speed beside
// their satisfaction; Italian labels and numbers in an it-IT browser; the empty state; axe-core at 1280
// and 390 px without sideways page scroll.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'support-lead@acme.test', password: 'a support lead password' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TODAY = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
const FROM = dayOf(TODAY - 9 * DAY);
const TO = dayOf(TODAY);

// Giulia replies within 20 min and solves within the hour, one reply, never reopened: CSAT 80%.
// Luca replies after 6 h and solves after 30 h with 3 replies, a third reopened: CSAT 20%.
// Mario solved 10 tickets nobody answered (first reply 2 h); 5 tickets are open.
const PER_AGENT = 60;
const STORIES = {
  giulia: { first: 20 * MINUTE, solved: 50 * MINUTE, replies: 1, csat: [5, 5, 5, 4, 2], nps: [10, 9, 9, 8, 3] },
  luca: { first: 6 * HOUR, solved: 30 * HOUR, replies: 3, csat: [2, 1, 4, 2, 1], nps: [3, 2, 7, 1, 5] },
};

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const facts: string[] = [];
  const answers: string[] = [];
  for (const [agent, s] of Object.entries(STORIES)) {
    for (let i = 0; i < PER_AGENT; i++) {
      // Created 2 to 8 days ago, so every ticket was solved in the range and before now.
      const created = TODAY - (2 + (i % 7)) * DAY + 8 * HOUR + i * MINUTE;
      const reopens = agent === 'luca' && i % 3 === 0 ? 1 : 0;
      facts.push(`('acme', 'T-${agent}-${i}', 'solved', ${created}, ${created + s.first}, ${created + s.solved}, ${s.replies}, ${s.replies - 1}, ${reopens}, '${agent}', 'email', ${created + s.solved})`);
      const at = created + s.solved + 10 * MINUTE;
      answers.push(`('${crypto.randomUUID()}', 'acme', 'support', 'T-${agent}-${i}', ${s.csat[i % 5]}, ${s.nps[i % 5]}, 'en', 'widget', '${agent}', 'email', ${at}, ${at})`);
    }
  }
  for (let i = 0; i < 10; i++) {
    const created = TODAY - 3 * DAY + i * HOUR;
    facts.push(`('acme', 'T-mario-${i}', 'closed', ${created}, ${created + 2 * HOUR}, ${created + 3 * HOUR}, 1, 0, 0, 'mario', 'chat', ${created + 3 * HOUR})`);
  }
  for (let i = 0; i < 5; i++) {
    const created = TODAY - DAY + i * HOUR;
    facts.push(`('acme', 'T-open-${i}', 'open', ${created}, NULL, NULL, 0, 0, 0, 'mario', 'chat', ${created})`);
  }
  stack.query(
    `INSERT INTO ticket_facts (site_id, ticket, status, created_at, first_response_at, solved_at, agent_replies, customer_replies, reopens, agent, channel, updated_at) VALUES ${facts.join(',\n')};
     INSERT INTO responses (id, site_id, survey_id, ticket, csat, nps, lang, source, agent, channel, created_at, updated_at) VALUES ${answers.join(',\n')};
     ${rebuildSql().join(';\n')};
     UPDATE sites SET settings = json_set(settings, '$.agentNames', json('{"giulia":"Giulia Bianchi","luca":"Luca Verdi"}')) WHERE id = 'acme';`,
  );
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });
  const page = await admin.newPage();
  await createFirstAdmin(stack, page, ADMIN);
  await page.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/?site=acme&view=support&from=${FROM}&to=${TO}${query}`;

/** The cells of a table's body rows, as text, keyed by the row heading. */
async function rows(page: Page, label: string): Promise<Record<string, string[]>> {
  const table = page.getByRole('region', { name: label }).locator('table');
  await table.waitFor();
  return table.evaluate((t) =>
    Object.fromEntries(
      [...t.querySelectorAll('tbody tr')].map((tr) => [
        (tr.querySelector('th') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      ]),
    ),
  );
}

const card = (page: Page, title: string) => page.locator('section.card', { has: page.getByRole('heading', { name: title, exact: true }) });

describe('Support view', () => {
  it('shows the KPIs, the drivers with margins and n, the strongest finding and each agent’s speed beside satisfaction', async () => {
    const page = await admin.newPage();
    await page.goto(dash());
    await page.getByRole('heading', { name: 'Support', level: 1 }).waitFor();
    await expect.poll(() => card(page, 'Tickets solved').locator('.big').innerText()).toBe('130');
    // 120 answers to 130 tickets solved; one touch: Giulia's 60 and Mario's 10; reopened: 20 of Luca's.
    expect(await card(page, 'Survey response rate').locator('.big').innerText()).toBe('92.3%');
    expect(await card(page, 'One-touch rate').locator('.big').innerText()).toBe('53.8%');
    expect(await card(page, 'Reopen rate').locator('.big').innerText()).toBe('15.4%');
    expect(await card(page, 'Open backlog').locator('.big').innerText()).toMatch(/^5\s+open now$/);
    expect(await card(page, 'First response time').innerText()).toMatch(/\d+ (mins?|hrs?)[\s\S]*median[\s\S]*9 in 10 within .+ · 130 tickets/);
    expect(await card(page, 'Resolution time').locator('.big').innerText()).toMatch(/^(\d+ hrs?( \d+ mins?)?|\d+(\.\d)? days?) median$/);

    const drivers = await rows(page, 'Scores by ticket facts, table');
    expect(Object.keys(drivers)).toEqual(['< 1 h', '1–4 h', '4–24 h', '1–3 days', '> 3 days']);
    // Tickets, answers, then CSAT % ± margin with its n.
    expect(drivers['< 1 h']!.slice(0, 3)).toEqual(['60', '60', expect.stringMatching(/^80\.0% ±\d+\.\d n = 60$/)]);
    expect(drivers['4–24 h']!.slice(0, 3)).toEqual(['60', '60', expect.stringMatching(/^20\.0% ±\d+\.\d n = 60$/)]);
    expect(drivers['1–4 h']!.slice(0, 2)).toEqual(['10', '0']);
    await expect.poll(() => page.locator('.finding').innerText()).toMatch(/ when the first reply came within 1 h, .+ when the first reply took 4–24 h: a difference of .+, beyond its ±.+ margin\.$/);
    expect(await page.getByRole('img', { name: /by first response time, with 95% margins/ }).count()).toBe(1);

    // The reopened driver through its switch, and CES/NPS through the score switch.
    await page.locator('fieldset.segmented label', { hasText: 'Reopened' }).click();
    await expect.poll(async () => Object.keys(await rows(page, 'Scores by ticket facts, table'))).toEqual(['Not reopened', 'Reopened small sample']);
    await page.locator('fieldset.segmented label', { hasText: /^NPS$/ }).click();
    await expect.poll(() => page.url()).toMatch(/driver=reopened.*score=nps|score=nps.*driver=reopened/);

    const agents = await rows(page, 'Speed and satisfaction per agent, table');
    expect(Object.keys(agents)).toEqual(['Giulia Bianchi (giulia)', 'Luca Verdi (luca)', 'mario']);
    // Solved, first response, resolution, one-touch, answers, CSAT %, NPS.
    expect(agents['Giulia Bianchi (giulia)']).toEqual(['60', expect.stringMatching(/mins?$/), expect.stringMatching(/mins?$/), '100.0%', '60', '80.0%', '+40']);
    expect(agents['Luca Verdi (luca)']).toEqual(['60', expect.stringMatching(/hr/), expect.stringMatching(/hr|day/), '0.0%', '60', '20.0%', '−80']);
    expect(agents.mario!.slice(0, 1).concat(agents.mario!.slice(4))).toEqual(['10', '0', '—', '—']);
    await page.locator('main').screenshot({ path: '/tmp/support-view-1280.png' });
    await page.close();
  });

  it('writes labels and numbers in Italian in an it-IT browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${stack.workerUrl}/dashboard/`);
    await page.locator('#l-email').fill(ADMIN.email);
    await page.locator('#l-password').fill(ADMIN.password);
    await page.locator('#l-password').press('Enter');
    await page.locator('main h1').first().waitFor();
    await page.goto(dash());
    await page.getByRole('heading', { name: 'Assistenza', level: 1 }).waitFor();
    await expect.poll(() => card(page, 'Ticket risolti').locator('.big').innerText()).toBe('130');
    expect(await card(page, 'Tasso di risposta al sondaggio').locator('.big').innerText()).toBe('92,3%');
    expect(await card(page, 'Tempo di prima risposta').innerText()).toMatch(/mediana[\s\S]*9 su 10 entro .+ · 130 ticket/);
    const drivers = await rows(page, 'Punteggi per caratteristiche del ticket, tabella');
    expect(Object.keys(drivers)).toEqual(['< 1 h', '1–4 h', '4–24 h', '1–3 giorni', '> 3 giorni']);
    expect(drivers['< 1 h']![2]).toMatch(/^80,0% ±\d+,\d n = 60$/);
    await expect.poll(() => page.locator('.finding').innerText()).toMatch(/quando la prima risposta è arrivata entro 1 h, .+ quando la prima risposta ha richiesto 4–24 h: una differenza di .+, oltre il suo margine di ±/);
    const agents = await rows(page, 'Velocità e soddisfazione per agente, tabella');
    expect(agents['Giulia Bianchi (giulia)']!.slice(3)).toEqual(['100,0%', '60', '80,0%', '+40']);
    expect(agents['Luca Verdi (luca)']![1]).toMatch(/^\d+ h( \d+ min)?$/);
    await page.locator('main').screenshot({ path: '/tmp/support-view-it-1280.png' });
    await context.close();
  });

  it('says how to send ticket facts when there are none for the filters', async () => {
    const page = await admin.newPage();
    await page.goto(dash('&agent=nobody'));
    const empty = page.getByRole('region', { name: 'No ticket facts yet' });
    await empty.waitFor();
    expect(await empty.innerText()).toMatch(/POST \/api\/v1\/tickets with a site API key, as the README section “Ticket facts” shows/);
    expect(await page.locator('section.card').count()).toBe(0);
    await page.close();
  });

  it('has no axe-core violations and no sideways page scroll at 1280 and 390 px, with 44 px controls on a phone', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(dash());
      await page.getByRole('region', { name: 'Speed and satisfaction per agent, table' }).waitFor();
      await page.waitForLoadState('networkidle');
      for (const d of await page.locator('details.data-table:not([open]) > summary').all()) await d.click();
      expect(await axe(page), `at ${width}`).toEqual([]);
      const doc = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        // What sticks out, to name in the failure.
        out: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-wrap')).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      }));
      expect(doc.scroll, `at ${width} the page scrolls sideways: ${doc.out.join(', ')}`).toBeLessThanOrEqual(doc.client);
      if (width === 390) {
        const small = await page.$$eval('main button, main select, main input:not([type="radio"]):not([type="checkbox"]), main .segmented label', (els) =>
          els.map((e) => ({ name: (e as HTMLElement).innerText.trim().slice(0, 40), h: e.getBoundingClientRect().height })).filter((c) => c.h > 0 && c.h < 44),
        );
        expect(small).toEqual([]);
        await page.screenshot({ path: '/tmp/support-view-390.png', fullPage: true });
      }
      await page.close();
    }
  });
});
