// The Agents view and the overview's aspects section in Chromium (issue #14): display names instead of
// ids, an agent beyond the margin flagged in words and one within it not, the aspect means and the
// sentence on the aspect that separates satisfied from unsatisfied customers; axe-core at 1280 and
// 390 px, screenshots at 1280 px in /tmp.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };
const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TODAY = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
const FROM = dayOf(TODAY - 9 * DAY);
const TO = dayOf(TODAY);

// Speed decides: giulia is fast (5,5,4,5,5), luca slow (2,1,2,1,2), mario like the rest of the team
// (mean 3.2 against their 3.2). CSAT follows speed; courtesy 4 and competence 3 for everyone.
const SPEEDS: Record<string, number[]> = { giulia: [5, 5, 4, 5, 5], luca: [2, 1, 2, 1, 2], mario: [5, 4, 3, 2, 2] };
const PER_AGENT = 60;

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const values: string[] = [];
  for (const [agent, speeds] of Object.entries(SPEEDS)) {
    for (let i = 0; i < PER_AGENT; i++) {
      const speed = speeds[i % 5]!;
      const at = TODAY - (i % 10) * DAY + 60_000 * i;
      const aspects = JSON.stringify({ courtesy: 4, competence: 3, speed });
      values.push(`('${crypto.randomUUID()}', 'acme', 'support', 'T-${agent}-${i}', ${speed}, ${6 - speed}, ${2 * speed}, '${aspects}', 'en', 'widget', '${agent}', 'chat', ${at}, ${at})`);
    }
  }
  stack.query(
    `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, aspects, lang, source, agent, channel, created_at, updated_at) VALUES ${values.join(',\n')};
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

const dash = (query: string) => `${stack.workerUrl}/dashboard/?site=acme&from=${FROM}&to=${TO}&${query}`;

/** The cells of a table's body rows, as text, keyed by the row heading. */
async function rows(page: Page, label: string): Promise<Record<string, string[]>> {
  const table = page.getByRole('region', { name: label }).locator('table');
  await table.waitFor();
  return table.evaluate((t) =>
    Object.fromEntries(
      [...t.querySelectorAll('tbody tr')].map((tr) => [
        (tr.querySelector('th') as HTMLElement).innerText.trim(),
        [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      ]),
    ),
  );
}

describe('Agents view', () => {
  it('shows display names, flags agents beyond the margin in words and leaves one within it unflagged', async () => {
    const page = await admin.newPage();
    await page.goto(dash('view=agents'));
    await page.getByRole('heading', { name: 'Agents', level: 1 }).waitFor();
    const aspects = await rows(page, 'Aspects per agent, table');
    expect(Object.keys(aspects)).toEqual(['Whole team', 'Giulia Bianchi (giulia)', 'Luca Verdi (luca)', 'mario']);
    const speed = (name: string) => aspects[name]![2]!;
    expect(speed('Giulia Bianchi (giulia)')).toMatch(/^4\.80 ▲ Better than the team: \+2\.40 ± 0\.\d\d$/);
    expect(speed('Luca Verdi (luca)')).toMatch(/^1\.60 ▼ Worse than the team: −2\.40 ± 0\.\d\d$/);
    expect(speed('mario')).toMatch(/^3\.20 0\.00 ± 0\.\d\d vs team, within the margin$/);
    expect(aspects.mario![0]).toMatch(/within the margin/);
    const metrics = await rows(page, 'Agents against the team, table');
    expect(metrics['Giulia Bianchi (giulia)']![1]).toMatch(/^100\.0% ▲ Better than the team/);
    expect(metrics['Luca Verdi (luca)']![2]).toMatch(/Worse than the team/); // CES: more effort
    // The filter bar's agent choice reads the names too.
    await expect.poll(() => page.getByLabel('Agent').locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['Giulia Bianchi', 'Luca Verdi', 'mario']));
    await page.close();
  });

  it('has no axe-core violations at 1280 and 390 px, screenshotted at 1280', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(dash('view=agents'));
      await page.getByRole('region', { name: 'Aspects per agent, table' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `at ${width}`).toEqual([]);
      if (width === 1280) await page.locator('main').screenshot({ path: '/tmp/agents-1280.png' });
      await page.close();
    }
  });
});

describe('Overview aspects', () => {
  it('shows each aspect’s mean with its margin, and which aspect separates satisfied from unsatisfied customers', async () => {
    const page = await admin.newPage();
    await page.goto(dash(''));
    const section = page.locator('section[aria-labelledby="aspects-h"]');
    // Satisfied (CSAT 4–5): giulia's 60 and mario's 24 at 5 or 4; unsatisfied: luca's 60 and mario's 24 at 2.
    await expect.poll(() => section.locator('.aspect-separating').innerText()).toMatch(/^Speed separates satisfied from unsatisfied customers most: 4\.7 vs 1\.7\./);
    const means = await rows(page, 'Aspect means, table');
    expect(means.Courtesy!.slice(0, 3)).toEqual(['4.00', '± 0.00', '180']);
    expect(means.Speed!.slice(0, 3)).toEqual(['3.20', expect.stringMatching(/^± 0\.\d\d$/), '180']);
    expect(Object.keys(await rows(page, 'Aspect means over time, table'))).toHaveLength(10);
    await page.close();
  });

  it('has no axe-core violations at 1280 and 390 px, screenshotted at 1280', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(dash(''));
      await page.getByRole('region', { name: 'Aspect means over time, table' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `at ${width}`).toEqual([]);
      if (width === 1280) await page.locator('section[aria-labelledby="aspects-h"]').screenshot({ path: '/tmp/aspects-1280.png' });
      await page.close();
    }
  });
});

describe('Agent names in Settings', () => {
  it('saves a display name that the Agents view then shows, with no axe-core violations', async () => {
    const page = await admin.newPage();
    await page.goto(`${stack.workerUrl}/dashboard/?site=acme&view=settings`);
    const panel = page.locator('section[aria-labelledby="agent-names-h"]');
    await expect.poll(() => panel.getByLabel('Name for giulia').inputValue()).toBe('Giulia Bianchi');
    await panel.getByLabel('Name for mario').fill('  Mario Rossi ');
    await panel.getByRole('button', { name: 'Save agent names' }).click();
    await panel.getByText('Saved: the dashboard now shows these names.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.goto(dash('view=agents'));
    expect(Object.keys(await rows(page, 'Aspects per agent, table'))).toContain('Mario Rossi (mario)');
    await page.close();
  });
});
