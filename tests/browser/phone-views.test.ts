// Every view of the dashboard at 1280 × 800 and 390 × 844 (light), with the demo data: axe-core clean;
// on a phone no page-level sideways scroll, every table readable (fits, or scrolls in a named, focusable
// region that shows it scrolls), and the main navigation reachable with Tab in targets of 44 px or more.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../dashboard/src/lib/route';
import { run } from '../../scripts/admin';
import { demoResponses, demoResponsesSql } from '../../scripts/lib/demo-data.mjs';
import { demoTicketFactsSql } from '../../scripts/lib/demo-tickets.mjs';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'phone-admin@acme.test', password: 'a phone admin password' };
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;
let ticket = '';

/** Every view in the route table (a view added there is covered too), the ticket view with a ticket, People. */
const pages = (): { name: string; query: string }[] => [
  ...VIEWS.map((v) => ({ name: v.id, query: v.id === 'overview' ? '' : `view=${v.id}` })),
  { name: 'ticket', query: `view=tickets&ticket=${encodeURIComponent(ticket)}` },
  { name: 'people', query: 'view=settings&section=people' },
];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  // One statement per call: a command-line argument holds at most 128 KiB.
  const demo = { site: 'acme', survey: 'support', count: 3000, now: Date.now() };
  for (const statement of demoResponsesSql(demo).sql) stack.query(statement);
  // The tickets behind those answers, so the Support view shows its cards, charts and tables.
  for (const statement of demoTicketFactsSql({ ...demo, responses: demoResponses(demo) }).sql) stack.query(statement);
  stack.query(`${rebuildSql().join(';\n')};`);
  ticket = stack.query<{ ticket: string }>("SELECT ticket FROM responses WHERE site_id = 'acme' ORDER BY created_at DESC LIMIT 1")[0]!.ticket;

  admin = await browser.newContext({ viewport: WIDTHS[0]!, colorScheme: 'light' });
  const page = await admin.newPage();
  await createFirstAdmin(stack, page, ADMIN, dash());
  // Rows for the settings tables: an API key, a second person, a webhook with one failed delivery.
  await page.evaluate(async (hook) => {
    const { csrf } = await (await fetch('/api/v1/auth/state')).json();
    const post = (path: string, body: unknown) =>
      fetch(`/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
    await post('/sites/acme/keys', { label: 'Helpdesk integration for the phone test' });
    await post('/users', { email: 'a.very.long.address.for.a.viewer@acme.test', password: 'a viewer password', role: 'viewer' });
    await post('/sites/acme/webhooks', { url: hook, description: 'Receiver that is down', filter: { agent: 'down' } });
  }, `${stack.hostUrl}/no-such-hook`);
  await page.close();
  const res = await fetch(`${stack.workerUrl}/api/v1/responses`, {
    method: 'POST',
    headers: { Origin: stack.hostUrl, 'Content-Type': 'text/plain' },
    body: JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', ticket: 'T-down', answers: { nps: 2 }, meta: { agent: 'down', channel: 'chat' } }),
  });
  expect(res.status).toBe(201);
  stack.query("UPDATE webhook_outbox SET next_at = 0 WHERE status = 'pending'");
  expect((await fetch(`${stack.workerUrl}/__scheduled?cron=*+*+*+*+*`)).status).toBe(200);
  // The cron goes on after its answer (waitUntil): digests, retention, recounts, then webhooks. Once the
  // webhook was tried the recounts are past, so the pending recount below is not finished at once.
  for (let i = 0; stack.query<{ n: number }>('SELECT count(*) AS n FROM webhook_outbox WHERE attempts = 0')[0]!.n > 0; i++) {
    if (i > 300) throw new Error('the cron never tried the webhook');
    await new Promise((r) => setTimeout(r, 100));
  }
  // A time-zone recount pending (its cursor past every row, so no count changes): every view with
  // numbers shows its note, which must be clean and fit too.
  stack.query("INSERT INTO zone_recounts (site_id, zone, cursor_ms, prev_ms, bound_ms, started_at) VALUES ('acme', 'UTC', 8640000000000000, 0, 0, 0)");
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?site=acme&${query}` : ''}`;

/** Opens what a view hides behind a click (the trend's table, a webhook's deliveries) so it is checked too. */
async function openEverything(page: Page): Promise<void> {
  for (const d of await page.locator('details.data-table:not([open]) > summary').all()) await d.click();
  for (const b of await page.getByRole('button', { name: /^Deliveries to / }).all()) {
    if ((await b.getAttribute('aria-expanded')) !== 'true') await b.click();
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

interface TableCheck {
  label: string;
  fits: boolean;
  scrolls: boolean;
  focusable: boolean;
  named: boolean;
  /** opacity of the edge fade on the side where more of the table is, and on the other side */
  cueMore: number;
  cueNone: number;
  /** after scrolling to the end: the fade at the end gone, the one at the start shown */
  cueEndAfter: number;
  cueStartAfter: number;
}

/** Each table on the page: fits in its box, or scrolls in a region that says so (and is focusable and named). */
function checkTables(page: Page): Promise<TableCheck[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const out: TableCheck[] = [];
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      const wrap = table.closest<HTMLElement>('.table-wrap');
      const rect = table.getBoundingClientRect();
      const box = (wrap ?? document.documentElement).getBoundingClientRect();
      const scrolls = !!wrap && wrap.scrollWidth > wrap.clientWidth + 1;
      const fits = !scrolls && rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.right <= innerWidth + 1;
      // The fades are drawn by the frame around the scrolling box (TableWrap): a pseudo-element there
      // with content, seen as its opacity.
      const frameEl = wrap?.parentElement;
      const opacity = (side: '::before' | '::after') => {
        const style = frameEl ? getComputedStyle(frameEl, side) : null;
        return style && style.content !== 'none' && style.content !== 'normal' ? Number(style.opacity) : 0;
      };
      const check: TableCheck = {
        label: wrap?.getAttribute('aria-label') ?? table.querySelector('caption')?.textContent ?? '(no label)',
        fits,
        scrolls,
        focusable: !!wrap && wrap.tabIndex === 0,
        named: !!wrap?.getAttribute('aria-label'),
        cueMore: opacity('::after'),
        cueNone: opacity('::before'),
        cueEndAfter: 0,
        cueStartAfter: 0,
      };
      if (scrolls && wrap) {
        wrap.scrollLeft = wrap.scrollWidth;
        wrap.dispatchEvent(new Event('scroll'));
        await frame();
        check.cueEndAfter = opacity('::after');
        check.cueStartAfter = opacity('::before');
        wrap.scrollLeft = 0;
        wrap.dispatchEvent(new Event('scroll'));
        await frame();
      }
      out.push(check);
    }
    return out;
  });
}

/** The accessible names of the header's links and buttons reached by pressing Tab from the top. */
async function tabbedThroughHeader(page: Page): Promise<{ reached: string[]; all: string[] }> {
  const all = await page.$$eval('header a[href], header button, header select', (els) =>
    els.map((e) => e.getAttribute('aria-label') ?? (e as HTMLElement).innerText.trim() ?? ''),
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').focus();
  const reached = new Set<string>();
  for (let i = 0; i < all.length + 6; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return e?.closest('header') ? (e.getAttribute('aria-label') ?? e.innerText.trim()) : null;
    });
    if (name !== null) reached.add(name);
  }
  return { reached: [...reached], all };
}

describe('every view on a phone and a desktop', () => {
  for (const size of WIDTHS) {
    it(`has no axe-core violations and readable tables at ${size.width} px, light`, async () => {
      const page = await admin.newPage();
      await page.setViewportSize(size);
      for (const { name, query } of pages()) {
        await page.goto(dash(query || 'view=overview'));
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        await openEverything(page);
        const where = `${name} at ${size.width}`;
        if (['overview', 'settings'].includes(name)) await page.getByText('Recounting days for the new time zone…', { exact: false }).first().waitFor();
        expect(await axe(page), where).toEqual([]);

        const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(doc.scroll, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(doc.client);

        for (const t of await checkTables(page)) {
          const what = `${where}: table "${t.label}"`;
          if (t.fits) continue;
          expect(t.scrolls, `${what} is cut off without scrolling`).toBe(true);
          expect(t.focusable && t.named, `${what} scrolls in a region that is not focusable and named`).toBe(true);
          expect(t.cueMore, `${what}: no fade at the right edge while more is there`).toBeGreaterThan(0.5);
          expect(t.cueNone, `${what}: a fade at the left edge with nothing there`).toBeLessThan(0.1);
          expect(t.cueEndAfter, `${what}: the right fade stays at the end`).toBeLessThan(0.1);
          expect(t.cueStartAfter, `${what}: no left fade once scrolled`).toBeGreaterThan(0.5);
        }
        if (size.width < 600) {
          const small = await page.$$eval(
            "main button, main select, main input:not([type='checkbox']):not([type='radio']):not([type='hidden']), main .button, main .segmented label",
            (els) =>
              els
                .map((e) => ({ name: (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? e.id).trim().slice(0, 40), h: e.getBoundingClientRect().height }))
                .filter((c) => c.h > 0 && c.h < 44),
          );
          expect(small, `${where}: controls smaller than 44 px`).toEqual([]);
        }
        await page.screenshot({ path: `/tmp/phone-views-${name}-${size.width}.png`, fullPage: true });
        const frames = await page.locator('main .table-frame').all();
        for (const [i, f] of frames.entries()) await f.screenshot({ path: `/tmp/phone-views-${name}-table${i + 1}-${size.width}.png` });
        if (name === 'overview') {
          await page.locator('section[aria-labelledby="breakdown-h"]').screenshot({ path: `/tmp/phone-views-breakdown-${size.width}.png` });
        }
      }
      await page.close();
    });
  }

  it('reaches every link and button of the header and main navigation with Tab at 390 px, each at least 44 px tall', async () => {
    const page = await admin.newPage();
    await page.setViewportSize(WIDTHS[1]!);
    await page.goto(dash('view=overview'));
    await page.locator('nav[aria-label="Main"] a').first().waitFor();
    const { reached, all } = await tabbedThroughHeader(page);
    expect(all.length).toBeGreaterThanOrEqual(VIEWS.filter((v) => v.inNav !== false).length);
    expect(reached.sort()).toEqual([...new Set(all)].sort());
    const heights = await page.$$eval('nav[aria-label="Main"] a, header button', (els) =>
      els.map((e) => [(e as HTMLElement).innerText.trim(), e.getBoundingClientRect().height] as const),
    );
    for (const [name, h] of heights) expect(h, `${name} is a ${h} px target`).toBeGreaterThanOrEqual(44);
    const inView = await page.$$eval('nav[aria-label="Main"] a', (els) => els.every((e) => e.getBoundingClientRect().right <= innerWidth));
    expect(inView, 'a navigation link is off screen').toBe(true);
    await page.close();
  });
});
