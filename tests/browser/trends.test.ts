// The overview's trend in Chromium, with days of known sizes: a day of 2 answers is drawn hollow with
// its band and marked in the table, the day still going is marked "so far", the rolling 7-day option
// pools days, the interval is chosen for enough answers per point, and a previous period of 4 answers
// is named as too few to compare. axe-core and screenshots at 1280 and 390 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };
const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Ten days ending today (UTC, as the browser below is): 35 answers a day, but 2 on the fourth day.
const TODAY = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
const FROM = dayOf(TODAY - 9 * DAY);
const TO = dayOf(TODAY);
const SMALL_DAY = 3;
const PATTERN = [
  { nps: 10, csat: 5, ces: 1 },
  { nps: 9, csat: 4, ces: 2 },
  { nps: 8, csat: 3, ces: 3 },
  { nps: 6, csat: 2, ces: 4 },
  { nps: 10, csat: 5, ces: 2 },
];
const SMALL = [
  { nps: 0, csat: 5, ces: 2 },
  { nps: 7, csat: 4, ces: 3 },
]; // NPS −50, CSAT 100%
const sizes = Array.from({ length: 10 }, (_, d) => (d === SMALL_DAY ? 2 : 35));

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;

function insert(rows: { at: number; nps: number; csat: number; ces: number }[]): void {
  for (let i = 0; i < rows.length; i += 100) {
    stack.query(
      rows
        .slice(i, i + 100)
        .map(
          (r, j) =>
            `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, lang, source, agent, channel, created_at, updated_at)
             VALUES ('${crypto.randomUUID()}', 'acme', 'support', 'T-${i + j}', ${r.csat}, ${r.ces}, ${r.nps}, 'en', 'widget', 'mario', 'chat', ${r.at}, ${r.at});`,
        )
        .join('\n'),
    );
  }
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const rows = sizes.flatMap((n, d) =>
    Array.from({ length: n }, (_, i) => ({ at: TODAY - (9 - d) * DAY + 60_000 * i, ...(d === SMALL_DAY ? SMALL[i]! : PATTERN[i % 5]!) })),
  );
  // The previous ten days: 4 answers, a base too small for any comparison.
  rows.push(...[0, 1, 2, 3].map((i) => ({ at: TODAY - 12 * DAY + 60_000 * i, ...PATTERN[i]! })));
  insert(rows);
  stack.query(`${rebuildSql().join(';\n')};`); // rows written straight to D1: recompute the rollups

  admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
  const page = await admin.newPage();
  await createFirstAdmin(stack, page, ADMIN);
  await page.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query: string) => `${stack.workerUrl}/dashboard/?site=acme&from=${FROM}&to=${TO}&${query}`;

interface Drawn {
  labels: string[];
  nps: (number | null)[];
  fills: string[];
  /** RGBA at a point's centre, and inside its NPS band away from the line (at NPS −88). */
  centre: number[][];
  inBand: number[][];
}

/** What the trend's Chart.js chart drew: its data, and pixels read back from the canvas. */
async function drawn(page: Page): Promise<Drawn> {
  await page.locator('section[aria-labelledby="trend-h"] canvas').first().waitFor();
  await page.waitForFunction(() => 'chart' in (document.querySelector('section[aria-labelledby="trend-h"] canvas') ?? {}));
  return page.evaluate(() => {
    type C = {
      data: { labels: string[]; datasets: { data: (number | null)[]; pointBackgroundColor: string[] }[] };
      getDatasetMeta(i: number): { data: { x: number; y: number }[] };
      scales: { y: { getPixelForValue(v: number): number } };
    };
    const canvas = document.querySelector<HTMLCanvasElement>('section[aria-labelledby="trend-h"] canvas')!;
    const chart = (canvas as unknown as { chart: C }).chart;
    const ctx = canvas.getContext('2d')!;
    const px = (x: number, y: number) => [...ctx.getImageData(Math.round(x * devicePixelRatio), Math.round(y * devicePixelRatio), 1, 1).data];
    const pts = chart.getDatasetMeta(0).data;
    return {
      labels: chart.data.labels,
      nps: chart.data.datasets[0]!.data,
      fills: chart.data.datasets[0]!.pointBackgroundColor,
      centre: pts.map((p) => px(p.x, p.y)),
      inBand: pts.map((p) => px(p.x, chart.scales.y.getPixelForValue(-88))),
    };
  });
}

describe('the trend', () => {
  it('draws a day of 2 answers hollow with its 95% band, and the table says "n = 2, small sample"', async () => {
    const page = await admin.newPage();
    await page.goto(dash('interval=day'));
    const d = await drawn(page);
    expect(d.nps).toHaveLength(10);
    expect(d.nps[SMALL_DAY]).toBe(-50);
    // Hollow: the marker's fill differs from a full day's, and its centre pixel is the (white) surface.
    expect(d.fills[SMALL_DAY]).not.toBe(d.fills[0]);
    expect(d.centre[SMALL_DAY]!.slice(0, 3)).toEqual([255, 255, 255]);
    expect(d.centre[0]!.slice(0, 3)).not.toEqual([255, 255, 255]);
    // Its band (−100 to +19) is shaded at −88; a full day's band (about +40 ± 25) is not there.
    const [r, , b, alpha] = d.inBand[SMALL_DAY]!;
    expect(alpha).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(r!); // the NPS colour, faint
    expect(d.inBand[0]![3]).toBe(0); // nothing drawn: the canvas is transparent there

    await page.getByText('Show the trend as a table').click();
    const rows = page.locator('section[aria-labelledby="trend-h"] table tbody tr');
    await expect.poll(() => rows.count()).toBe(10);
    expect(await rows.nth(SMALL_DAY).locator('th').innerText()).toContain('n = 2, small sample');
    expect(await rows.nth(0).locator('th').innerText()).not.toContain('small sample');
    expect(await rows.nth(SMALL_DAY).innerText()).toMatch(/−50 \(95%: −100 to \+19\)/);
    await page.close();
  });

  it('marks today, still going, as "so far" in the chart, its legend and the table', async () => {
    const page = await admin.newPage();
    await page.goto(dash('interval=day'));
    const d = await drawn(page);
    expect(d.labels.at(-1)).toMatch(/\(so far\)$/);
    expect(d.labels.slice(0, -1).some((l) => l.includes('so far'))).toBe(false);
    expect(d.centre.at(-1)!.slice(0, 3)).toEqual([255, 255, 255]); // hollow, though it has 35 answers
    await page.getByText('The last point is today so far').waitFor();
    await page.getByText('Show the trend as a table').click();
    const rows = page.locator('section[aria-labelledby="trend-h"] table tbody tr');
    expect(await rows.last().locator('th').innerText()).toContain('today so far');
    await page.close();
  });

  it('pools the last 7 days into each point when asked, from 6 days before the range', async () => {
    const page = await admin.newPage();
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/trend?') && asked.push(r.url()));
    await page.goto(dash('interval=day'));
    const daily = await drawn(page);
    await page.getByRole('radio', { name: 'Last 7 days' }).check();
    await expect.poll(() => page.url()).toContain('points=rolling');
    await expect.poll(async () => (await drawn(page)).nps).not.toEqual(daily.nps);
    expect(new URL(asked.at(-1)!).searchParams.get('from')).toBe(dayOf(TODAY - 15 * DAY));
    await page.getByText('Show the trend as a table').click();
    const cells = await page.locator('section[aria-labelledby="trend-h"] table tbody tr td:first-of-type').allInnerTexts();
    // Each day pools its own and the 6 before, which reach back to the 4 answers 3 days before the range.
    const pooled = sizes.map((_, d) => sizes.slice(Math.max(0, d - 6), d + 1).reduce((a, b) => a + b, 0) + (d <= 3 ? 4 : 0));
    expect(cells).toEqual(pooled.map(String));
    expect((await drawn(page)).fills.filter((f, i, all) => f === all[0]).length).toBeLessThan(10);
    await page.close();
  });

  it('chooses the interval when none is asked for, says so, and lets it be changed', async () => {
    const page = await admin.newPage();
    await page.goto(dash(''));
    // 317 answers in 10 days are too few for most days to have 30: by week.
    await page.getByText('Shown by week, chosen so that most points have 30 or more answers').waitFor();
    expect(await page.getByRole('radio', { name: 'Week' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Day' }).check();
    await expect.poll(() => page.url()).toContain('interval=day');
    await expect.poll(() => page.getByText('Shown by week').count()).toBe(0);
    await page.close();
  });

  it('names the period with too few answers instead of a change, and gives no percentage from a base of 4', async () => {
    const page = await admin.newPage();
    await page.goto(dash('interval=day'));
    const nps = page.locator('section[aria-labelledby="card-nps"] .change');
    await expect.poll(() => nps.innerText()).toBe('Too few answers in the previous 10 days (n = 4) to compare');
    const responses = await page.locator('section[aria-labelledby="card-responses"]').innerText();
    expect(responses).toContain('+313 vs previous 10 days');
    expect(responses).not.toMatch(/%/);
    await page.close();
  });

  it('has no axe-core violations with the table open, screenshotted at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await admin.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(dash('interval=day'));
      await drawn(page);
      await page.getByText('Show the trend as a table').click();
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `at ${width}`).toEqual([]);
      await page.locator('section[aria-labelledby="trend-h"]').screenshot({ path: `/tmp/trend-${width}.png` });
      await page.close();
    }
  });
});
