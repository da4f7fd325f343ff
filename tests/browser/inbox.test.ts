// The follow-up inbox as a support lead works it (issue #12), in Chromium: counts per status and
// reason, filters by reason, agent and comment, owners chosen from the site's people, "assigned to
// me", a status change that takes the item out of the list at once, the helpdesk link built from the
// site's template, keyboard only and axe-core at 1280 and 390 px; screenshots with the demo data.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { demoResponsesSql } from '../../scripts/lib/demo-data.mjs';
import { launchBrowser, startStack, type Stack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'boss@acme.test', password: 'correct horse battery staple' };
const RESPONDER = { email: 'rita@acme.test', password: 'a responder password' };
const TEMPLATE = 'https://acme.zendesk.com/agent/tickets/{ticket}';

// Known answers in March 2025, away from the 3,000 demo responses of the last 90 days.
const known = [
  { ticket: 'K-1', nps: 2, agent: 'luca', channel: 'chat', comment: 'Slow and rude' }, // detractor
  { ticket: 'K-2', nps: 8, csat: 1, ces: 5, agent: 'mario', channel: 'email', comment: 'Three calls to fix it' }, // low csat, high effort
  { ticket: 'K-3', nps: 7, ces: 4, agent: 'luca', channel: 'email' }, // high effort, no comment
  { ticket: 'K-4', nps: 5, csat: 2, agent: 'giulia', channel: 'chat', comment: 'Meh' }, // detractor, low csat
  { ticket: 'K 6/#', nps: 0, agent: 'mario', channel: 'chat', comment: 'Encode my ticket' }, // detractor
  { ticket: 'K-5', nps: 10, csat: 5, ces: 1, agent: 'luca', channel: 'chat', comment: 'Great' }, // happy: not in the inbox
];
const RANGE = 'from=2025-03-01&to=2025-03-10';

let stack: Stack;
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const t = { persistTo: stack.persistTo };
  await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], t, () => {});
  await run(['user', 'create', RESPONDER.email, '--role', 'responder', '--site', 'acme', '--password', RESPONDER.password], t, () => {});
  for (const statement of demoResponsesSql({ site: 'acme', survey: 'support', count: 3000 }).sql) stack.query(statement);
  const t0 = Date.parse('2025-03-02T09:00:00Z');
  const sql = (v: unknown) => (v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v)}'`);
  stack.query(
    known
      .map(
        (r, i) =>
          `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, agent, channel, created_at, updated_at)
           VALUES ('${crypto.randomUUID()}', 'acme', 'support', ${sql(r.ticket)}, ${sql(r.csat)}, ${sql(r.ces)}, ${sql(r.nps)}, ${sql(r.comment)}, 'en', 'widget', '${r.agent}', '${r.channel}', ${t0 + i * 3600_000}, ${t0 + i * 3600_000});`,
      )
      .join('\n'),
  );
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await admin.newPage();
  await page.goto(dash());
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?${query}` : ''}`;
const inbox = (query = '') => dash(`site=acme&view=followups&${RANGE}${query ? `&${query}` : ''}`);
/** The tickets of the items listed, in order. */
const tickets = () => page.locator('ol.responses > li .response-ticket a').allInnerTexts().then((t) => t.map((x) => x.split('\n')[0]!.replace(/^Ticket /, '').trim()));
const radio = (group: string, name: RegExp) => page.getByRole('group', { name: group }).getByRole('radio', { name });
const itemForm = (ticket: string) => page.getByRole('form', { name: `Follow-up of ticket ${ticket}` });

describe('the follow-up inbox', () => {
  it('lets an admin set the helpdesk link in Settings', async () => {
    await page.goto(dash('site=acme&view=settings'));
    const panel = page.getByRole('region', { name: 'Helpdesk link' });
    await panel.getByLabel('Ticket address').fill('acme.zendesk.com/{ticket}');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('alert').waitFor();
    await panel.getByLabel('Ticket address').fill(TEMPLATE);
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved.').waitFor();
    expect(stack.query<{ url: string }>("SELECT settings ->> '$.ticketUrl' AS url FROM sites WHERE id = 'acme'")).toEqual([{ url: TEMPLATE }]);
  });

  it('shows counts per status and reason, the question each comment answered, and links tickets to the helpdesk', async () => {
    await page.goto(inbox());
    await radio('Status', /^New 5$/).waitFor();
    expect(await tickets()).toEqual(['K 6/#', 'K-4', 'K-3', 'K-2', 'K-1']);
    await radio('Status', /^Contacted 0$/).waitFor();
    await radio('Status', /^Resolved 0$/).waitFor();
    await radio('Reason', /^Detractor 3$/).waitFor();
    await radio('Reason', /^CSAT ≤ 2 2$/).waitFor();
    await radio('Reason', /^High effort 2$/).waitFor();
    const k1 = page.locator('ol.responses > li').filter({ hasText: 'Slow and rude' });
    expect(await k1.locator('.comment-question').innerText()).toBe('Asked: What should we have done better?');
    const k2 = page.locator('ol.responses > li').filter({ hasText: 'Three calls to fix it' });
    expect(await k2.locator('.comment-question').innerText()).toBe('Asked: What went wrong?'); // csat comes first in the demo survey
    const link = page.getByRole('link', { name: /Ticket K 6\/# in the helpdesk/ });
    expect(await link.getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/K%206%2F%23');
    expect(await link.getAttribute('target')).toBe('_blank');
  });

  it('filters by reason, comment and agent, and the counts follow the filter', async () => {
    await page.goto(inbox());
    await radio('Reason', /^High effort 2$/).check();
    await expect.poll(tickets).toEqual(['K-3', 'K-2']);
    await radio('Status', /^New 2$/).waitFor();
    await page.getByRole('checkbox', { name: 'With a comment only' }).check();
    await expect.poll(tickets).toEqual(['K-2']);
    await radio('Status', /^New 1$/).waitFor();
    expect(new URL(page.url()).searchParams.get('withComment')).toBe('1');

    await page.goto(inbox('agent=luca'));
    await expect.poll(tickets).toEqual(['K-3', 'K-1']);
    await radio('Reason', /^Detractor 1$/).waitFor();
    await radio('Reason', /^High effort 1$/).waitFor();
    await page.getByRole('combobox', { name: 'Agent' }).selectOption('giulia');
    await expect.poll(tickets).toEqual(['K-4']);
    await radio('Status', /^New 1$/).waitFor();
  });

  it('assigns an owner from the site’s people, and "Assigned to me" shows that person’s items', async () => {
    await page.goto(inbox());
    const form = itemForm('K-1');
    await form.getByLabel('Owner').locator('option', { hasText: RESPONDER.email }).waitFor({ state: 'attached' });
    const options = await form.getByLabel('Owner').locator('option').allInnerTexts();
    expect(options).toEqual(['Nobody', `${ADMIN.email} (you)`, RESPONDER.email]);
    await form.getByLabel('Owner').selectOption({ label: `${ADMIN.email} (you)` });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
    const id = stack.query<{ id: string }>(`SELECT id FROM users WHERE email = '${ADMIN.email}'`)[0]!.id;
    expect(stack.query("SELECT f.owner FROM followups f JOIN responses r ON r.id = f.response_id WHERE r.ticket = 'K-1'")).toEqual([{ owner: id }]);
    await itemForm('K-3').getByLabel('Owner').selectOption({ label: RESPONDER.email });
    await itemForm('K-3').getByRole('button', { name: 'Save' }).click();
    await itemForm('K-3').getByText('Saved.').waitFor();

    await page.getByRole('checkbox', { name: 'Assigned to me' }).check();
    await expect.poll(tickets).toEqual(['K-1']);
    await radio('Status', /^New 1$/).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('takes an item out of the list at once when its status changes, with the keyboard alone, and updates the counts', async () => {
    await page.goto(inbox());
    await radio('Status', /^New 5$/).waitFor();
    const before = page.url();
    const status = itemForm('K-4').getByLabel('Status');
    await status.focus();
    await page.keyboard.type('Contacted');
    expect(await status.inputValue()).toBe('contacted');
    // Owner, note, Save: then Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Moved to contacted: ticket K-4.' }).waitFor();
    expect(await tickets()).toEqual(['K 6/#', 'K-3', 'K-2', 'K-1']);
    await radio('Status', /^New 4$/).waitFor();
    await radio('Status', /^Contacted 1$/).waitFor();
    await radio('Reason', /^Detractor 2$/).waitFor();
    await radio('Reason', /^CSAT ≤ 2 1$/).waitFor();
    expect(page.url()).toBe(before); // no reload, no navigation
    // Focus is not lost with the item: it is on the item now in its place.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Ticket K-3');

    await radio('Status', /^Contacted 1$/).check();
    await expect.poll(tickets).toEqual(['K-4']);
    await radio('Reason', /^Detractor 1$/).waitFor();
    expect(stack.query("SELECT f.status FROM followups f JOIN responses r ON r.id = f.response_id WHERE r.ticket = 'K-4'")).toEqual([{ status: 'contacted' }]);
  });

  it('lets a responder take an item and read only their own with "Assigned to me"', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const p = await context.newPage();
    await p.goto(dash());
    await p.getByLabel('Email').fill(RESPONDER.email);
    await p.getByLabel('Password').fill(RESPONDER.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await p.goto(inbox('mine=1'));
    await p.getByRole('form', { name: 'Follow-up of ticket K-3' }).waitFor();
    expect(await p.locator('ol.responses > li').count()).toBe(1);
    expect(await axe(p)).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations at 1280 and 390 px, and is screenshotted with the demo data', async () => {
    mkdirSync('/work/shots', { recursive: true });
    for (const width of [1280, 390]) {
      // Tall enough at 390 px to show the first items under the filters.
      await page.setViewportSize({ width, height: width === 390 ? 1800 : 900 });
      await page.goto(dash('site=acme&view=followups&reason=detractor&withComment=1'));
      await page.locator('ol.responses > li').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `at ${width}`).toEqual([]);
      // At 390 px nothing runs off the side: the filters and the items fit the width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `/work/shots/inbox-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
