// Webhooks and retention in Settings, in Chromium against a real worker: adding an endpoint (its secret
// shown once), the API's field errors at the field, the delivery log with the tries a local receiver
// answered, "Send again", enabling again after a 410, rotating the secret, removing, the retention
// field; axe-core and no sideways scroll at 1280 and 390 px.
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEndpoint } from '../../shared/api';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createFirstAdmin, launchBrowser, type Stack, startStack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'admin@acme.test', password: 'the webhook admin password' };

/** A local receiver: each path answers the statuses queued for it, then 200; every request is kept. */
interface Hit {
  path: string;
  id: string;
  at: number;
}
const hits: Hit[] = [];
const plan = new Map<string, number[]>();
const delay = new Map<string, number>();
let receiver: Server;
let hookBase = '';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://r').pathname;
    req.resume();
    req.on('end', () => {
      hits.push({ path, id: String(req.headers['webhook-id']), at: Date.now() });
      const status = plan.get(path)?.shift() ?? 200;
      setTimeout(() => res.writeHead(status, { 'Content-Type': 'text/plain' }).end('ok'), delay.get(path) ?? 0);
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookBase = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  // Agents and channels the filter selects offer (site_values, kept by triggers).
  const at = Date.now() - 86400_000;
  stack.query(
    `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, agent, channel, created_at, updated_at)
     VALUES ('${crypto.randomUUID()}', 'acme', 'support', 'S-1', 4, 2, 9, NULL, 'en', 'widget', 'luca', 'chat', ${at}, ${at});
     ${rebuildSql().join(';\n')};`,
  );
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.workerUrl });
  page = await context.newPage();
  await createFirstAdmin(stack, page, ADMIN, dash());
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  receiver?.closeAllConnections();
  await new Promise((r) => receiver?.close(r));
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?${query}` : ''}`;
const section = () => page.getByRole('region', { name: 'Webhooks', exact: true });
const card = (name: string) => section().getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

async function openSettings(): Promise<void> {
  await page.goto(dash('site=acme&view=settings'));
  await section().getByRole('heading', { name: 'Add webhook' }).waitFor();
}

/** An endpoint added through the API as the signed-in admin (the form has its own test). */
async function addEndpoint(body: Record<string, unknown>): Promise<WebhookEndpoint> {
  return page.evaluate(async (b) => {
    const { csrf } = await (await fetch('/api/v1/auth/state')).json();
    const r = await fetch('/api/v1/sites/acme/webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(b),
    });
    if (r.status !== 201) throw new Error(`POST /webhooks: ${r.status} ${await r.text()}`);
    return r.json();
  }, body);
}

/** An unhappy answer from the widget's origin, by `agent` (each test's endpoint filters on its own agent). */
async function postNegative(agent: string): Promise<void> {
  const res = await fetch(`${stack.workerUrl}/api/v1/responses`, {
    method: 'POST',
    headers: { Origin: stack.hostUrl, 'Content-Type': 'text/plain' },
    body: JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', ticket: `T-${agent}`, answers: { nps: 2 }, meta: { agent, channel: 'chat' } }),
  });
  expect(res.status).toBe(201);
}

/** The cron's every-minute job (wrangler dev --test-scheduled), after making the waiting events due. */
async function runCron(): Promise<void> {
  stack.query("UPDATE webhook_outbox SET next_at = 0 WHERE status = 'pending'");
  expect((await fetch(`${stack.workerUrl}/__scheduled?cron=*+*+*+*+*`)).status).toBe(200);
}

const hitsTo = (path: string) => hits.filter((h) => h.path === path);

describe('Settings → Webhooks', () => {
  let shownSecret = '';

  it('adds a webhook with the form and shows its signing secret once: copied, then gone after a reload', async () => {
    await openSettings();
    const form = page.getByRole('form', { name: 'Add webhook' });
    await form.getByLabel('Endpoint URL').fill(`${hookBase}/ok`);
    await form.getByLabel('Format').selectOption('slack');
    await expect.poll(() => form.locator('#wh-format-hint').innerText()).toContain('Slack incoming-webhook');
    await form.getByLabel('Format').selectOption('standard');
    const events = form.getByRole('group', { name: 'Events to send' });
    expect(await events.getByRole('checkbox', { name: /Unhappy customer/ }).isChecked()).toBe(true);
    await events.getByRole('checkbox', { name: /New response/ }).check();
    await form.getByLabel('Agent').selectOption('luca');
    await form.getByLabel('Description (optional)').fill('Ops receiver');
    await form.getByRole('button', { name: 'Add webhook' }).click();

    const once = section().getByRole('group', { name: 'Signing secret for Ops receiver' });
    await once.waitFor();
    expect(await once.innerText()).toContain('shown only once');
    shownSecret = await once.getByLabel('New signing secret').inputValue();
    expect(shownSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = stack.query<{ secret: string; events: string; agent: string; url: string }>("SELECT secret, events, agent, url FROM webhook_endpoints WHERE description = 'Ops receiver'");
    expect(stored).toEqual([{ secret: shownSecret, events: '["response.negative","response.created"]', agent: 'luca', url: `${hookBase}/ok` }]);
    await once.getByRole('button', { name: 'Copy secret' }).click();
    await once.getByRole('status').filter({ hasText: 'Signing secret copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownSecret);

    const ops = card('Ops receiver');
    expect(await ops.innerText()).toMatch(/Standard \(signed JSON\)[\s\S]*Unhappy customer, New response[\s\S]*Agent luca[\s\S]*None yet/);

    await page.reload();
    await card('Ops receiver').waitFor();
    expect(await page.getByText('Signing secret for').count()).toBe(0);
    expect(await page.content()).not.toContain(shownSecret);
  });

  it('shows the API’s refusal of an address next to the URL field, and adds nothing', async () => {
    await openSettings();
    const form = page.getByRole('form', { name: 'Add webhook' });
    const url = form.getByLabel('Endpoint URL');
    await url.fill('http://hooks.example.com/voce'); // plain http to another machine: refused even locally
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const error = form.locator('#wh-url-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/Use https:\/\//);
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.getAttribute('aria-describedby')).toContain('wh-url-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wh-url');
    expect(await form.getByRole('alert').innerText()).toContain('not accepted');
    expect(stack.query("SELECT id FROM webhook_endpoints WHERE url LIKE '%hooks.example.com%'")).toEqual([]);
  });

  it('shows an event with its tries in the delivery log: 503 first, then 200', async () => {
    plan.set('/flaky', [503]);
    await addEndpoint({ url: `${hookBase}/flaky`, description: 'Flaky receiver', filter: { agent: 'flaky' } });
    await postNegative('flaky');
    await expect.poll(() => hitsTo('/flaky').length, { timeout: 10_000 }).toBe(1); // sent after the commit: 503
    await expect.poll(() => stack.query("SELECT count(*) AS n FROM webhook_attempts a JOIN webhook_endpoints e ON e.id = a.endpoint_id WHERE e.description = 'Flaky receiver'")[0]).toEqual({ n: 1 });
    await runCron();
    await expect.poll(() => hitsTo('/flaky').length, { timeout: 10_000 }).toBe(2);
    expect(hitsTo('/flaky')[1]!.id).toBe(hitsTo('/flaky')[0]!.id); // the same webhook-id on every try
    await expect.poll(() => stack.query("SELECT o.status FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id WHERE e.description = 'Flaky receiver'")).toEqual([{ status: 'delivered' }]);

    await openSettings();
    const flaky = card('Flaky receiver');
    expect(await flaky.innerText()).toMatch(/Last try\s*HTTP 200/);
    await flaky.getByRole('button', { name: 'Deliveries to Flaky receiver' }).click();
    const log = page.getByRole('region', { name: 'Deliveries to Flaky receiver' });
    const event = log.getByRole('listitem').filter({ hasText: 'response.negative' });
    await event.waitFor();
    expect(await event.innerText()).toMatch(/Unhappy customer[\s\S]*Delivered[\s\S]*2 tries/);
    const tries = event.getByRole('list', { name: /Tries of response.negative/ }).getByRole('listitem');
    expect(await tries.allInnerTexts()).toEqual([expect.stringMatching(/^HTTP 200\s.*\d+ ms$/), expect.stringMatching(/^HTTP 503\s.*\d+ ms$/)]);
    expect(await flaky.getByRole('button', { name: 'Deliveries to Flaky receiver' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('sends a failed event again: the row waits at once, then shows the new try', async () => {
    plan.set('/down', [503]);
    await addEndpoint({ url: `${hookBase}/down`, description: 'Down receiver', filter: { agent: 'down' } });
    await postNegative('down');
    await expect.poll(() => hitsTo('/down').length, { timeout: 10_000 }).toBe(1);
    // Every try answered 503 for a day: what the last of them leaves (waiting that long is not a test).
    await expect.poll(() => stack.query("SELECT count(*) AS n FROM webhook_attempts a JOIN webhook_endpoints e ON e.id = a.endpoint_id WHERE e.description = 'Down receiver'")[0]).toEqual({ n: 1 });
    stack.query("UPDATE webhook_outbox SET status = 'failed', attempts = 8 WHERE endpoint_id = (SELECT id FROM webhook_endpoints WHERE description = 'Down receiver')");
    delay.set('/down', 2500); // the receiver is back, and slow: the row is seen waiting meanwhile

    await openSettings();
    const down = card('Down receiver');
    expect(await down.innerText()).toMatch(/0 pending, 1 failed/);
    await down.getByRole('button', { name: 'Deliveries to Down receiver' }).click();
    const log = page.getByRole('region', { name: 'Deliveries to Down receiver' });
    await log.getByLabel('Show').selectOption('failed');
    const event = log.getByRole('listitem').filter({ hasText: 'response.negative' });
    await event.waitFor();
    expect(await event.innerText()).toMatch(/Failed[\s\S]*8 tries[\s\S]*HTTP 503/);
    await log.getByLabel('Show').selectOption('delivered');
    await log.getByText('No delivered events.').waitFor();
    await log.getByLabel('Show').selectOption('');
    await event.waitFor();

    await event.getByRole('button', { name: /^Send again: Unhappy customer/ }).click();
    await log.getByRole('status').filter({ hasText: 'Sent again' }).waitFor();
    expect(await event.locator('.wh-state').innerText()).toBe('Waiting');
    expect(await event.getByRole('button', { name: /Send again/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('wh-event'))).toBe(true);
    await expect.poll(() => hitsTo('/down').length, { timeout: 10_000 }).toBe(2);
    expect(hitsTo('/down')[1]!.id).toBe(hitsTo('/down')[0]!.id);
    await expect.poll(() => event.locator('.wh-state').innerText(), { timeout: 15_000 }).toBe('Delivered');
    expect(await event.getByRole('list', { name: /Tries of/ }).getByRole('listitem').first().innerText()).toMatch(/^HTTP 200/);
    await expect.poll(() => down.innerText()).toMatch(/0 pending, 0 failed/);
  });

  it('shows an endpoint disabled by a 410 with the reason, and enables it again', async () => {
    plan.set('/gone', [410]);
    await addEndpoint({ url: `${hookBase}/gone`, description: 'Gone receiver', filter: { agent: 'gone' } });
    await postNegative('gone');
    await expect.poll(() => stack.query<{ off: number }>("SELECT disabled_at IS NOT NULL AS off FROM webhook_endpoints WHERE description = 'Gone receiver'")[0]?.off, { timeout: 10_000 }).toBe(1);

    await openSettings();
    const gone = card('Gone receiver');
    expect(await gone.getByRole('heading').innerText()).toContain('Disabled');
    expect(await gone.innerText()).toMatch(/410/);
    await gone.getByRole('button', { name: 'Enable again: Gone receiver' }).click();
    await section().getByRole('status').filter({ hasText: 'Enabled Gone receiver again' }).waitFor();
    await expect.poll(() => gone.getByRole('heading').innerText()).toContain('Active');
    expect(await gone.getByRole('button', { name: /Enable/ }).count()).toBe(0);
    expect(stack.query("SELECT disabled_at, disabled_reason FROM webhook_endpoints WHERE description = 'Gone receiver'")).toEqual([{ disabled_at: null, disabled_reason: null }]);
  });

  it('rotates the signing secret only when confirmed, and shows the new one once', async () => {
    await openSettings();
    const ops = card('Ops receiver');
    const stored = () => stack.query<{ secret: string }>("SELECT secret FROM webhook_endpoints WHERE description = 'Ops receiver'")[0]!.secret;
    page.once('dialog', (d) => void d.dismiss());
    await ops.getByRole('button', { name: 'Rotate secret of Ops receiver' }).click();
    await page.waitForTimeout(300);
    expect(stored()).toBe(shownSecret);

    page.once('dialog', (d) => {
      expect(d.message()).toContain('stops working at once');
      void d.accept();
    });
    await ops.getByRole('button', { name: 'Rotate secret of Ops receiver' }).click();
    const once = section().getByRole('group', { name: 'Signing secret for Ops receiver' });
    await once.waitFor();
    const fresh = await once.getByLabel('New signing secret').inputValue();
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(shownSecret);
    expect(stored()).toBe(fresh);
    expect(await once.innerText()).toContain('The old secret no longer signs anything');
    await once.getByRole('button', { name: 'I have copied it' }).click();
    expect(await once.count()).toBe(0);
  });

  it('changes an endpoint’s events, filter and name in place', async () => {
    await addEndpoint({ url: `${hookBase}/change`, description: 'Change me', events: ['response.negative'] });
    await openSettings();
    const row = card('Change me');
    await row.getByRole('button', { name: 'Change Change me' }).click();
    const form = section().getByRole('form', { name: 'Change Change me' });
    await form.getByRole('checkbox', { name: 'Follow-up changed' }).check();
    await form.getByLabel('Agent').selectOption('luca');
    await form.getByLabel('Description (optional)').fill('Luca’s alerts');
    expect(await axe(page), 'with the change form open').toEqual([]);
    await form.getByRole('button', { name: 'Save' }).click();
    const changed = card('Luca’s alerts');
    await changed.waitFor();
    expect(await changed.innerText()).toContain('Unhappy customer, Follow-up changed');
    expect(await changed.innerText()).toContain('Agent luca');
    expect(stack.query<{ events: string; agent: string }>(`SELECT events, agent FROM webhook_endpoints WHERE url = '${hookBase}/change'`)).toEqual([
      { events: '["response.negative","followup.updated"]', agent: 'luca' },
    ]);
    expect(await section().getByRole('form', { name: /^Change / }).count()).toBe(0);
  });

  it('has no axe-core violations and no sideways scroll, with a log and a secret open, at 1280 and 390 px', async () => {
    await openSettings();
    await card('Flaky receiver').getByRole('button', { name: 'Deliveries to Flaky receiver' }).click();
    await page.getByRole('region', { name: 'Deliveries to Flaky receiver' }).getByRole('listitem').first().waitFor();
    page.once('dialog', (d) => void d.accept());
    await card('Down receiver').getByRole('button', { name: 'Rotate secret of Down receiver' }).click();
    await section().getByRole('group', { name: 'Signing secret for Down receiver' }).waitFor();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      expect(await axe(page), `settings at ${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width}`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `/tmp/webhooks-test-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('removes a webhook only when confirmed', async () => {
    await openSettings();
    page.once('dialog', (d) => void d.dismiss());
    await card('Gone receiver').getByRole('button', { name: 'Remove Gone receiver' }).click();
    await page.waitForTimeout(300);
    expect(await card('Gone receiver').count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await card('Gone receiver').getByRole('button', { name: 'Remove Gone receiver' }).click();
    await section().getByRole('status').filter({ hasText: 'Removed Gone receiver' }).waitFor();
    await expect.poll(() => card('Gone receiver').count()).toBe(0);
    expect(stack.query("SELECT id FROM webhook_endpoints WHERE description = 'Gone receiver'")).toEqual([]);
  });
});

describe('Settings → Retention', () => {
  const field = () => page.getByRole('spinbutton', { name: 'Erase answers older than (days)' });
  const retention = () => stack.query<{ days: number | null }>("SELECT settings ->> '$.retentionDays' AS days FROM sites WHERE id = 'acme'")[0]!.days;

  it('saves the number of days, shows it after a reload, and empty keeps everything', async () => {
    await openSettings();
    expect(await field().inputValue()).toBe('');
    const panel = page.getByRole('region', { name: 'Retention', exact: true });
    expect(await panel.innerText()).toContain('per-day counts remain');

    await field().fill('3');
    await panel.getByRole('button', { name: 'Save retention' }).click();
    expect(await panel.locator('#r-days-error').innerText()).toMatch(/7 to 3650/);
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    expect(retention()).toBe(null);

    await field().fill('90');
    await panel.getByRole('button', { name: 'Save retention' }).click();
    await panel.getByRole('status').filter({ hasText: 'older than 90 days' }).waitFor();
    expect(retention()).toBe(90);
    await page.reload();
    await expect.poll(() => field().inputValue()).toBe('90');

    await field().fill('');
    await panel.getByRole('button', { name: 'Save retention' }).click();
    await panel.getByRole('status').filter({ hasText: 'kept' }).waitFor();
    expect(retention()).toBe(null);
    await page.reload();
    await field().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await field().inputValue()).toBe('');
  });
});
