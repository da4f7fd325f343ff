// People in the dashboard, in Chromium: the first run with its setup code, an owner managing people
// (roles, sites, disabling, the last admin), a responder limited to one site, one's own password,
// sign-in throttling, the verified-tickets filter; axe-core and screenshots at 1280 and 390 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { rebuildSql } from '../../worker/src/db/rollups';
import { launchBrowser, startStack, type Stack } from './harness';
import { axe } from './axe';

const OWNER = { email: 'owner@acme.test', password: 'the owner password one' };
const NEW_PASSWORD = 'the owner password two';
const RESPONDER = { email: 'responder@acme.test', password: 'a responder password' };
const VIEWER = { email: 'viewer@acme.test', password: 'a viewer password!' };
const GLOBEX_ADMIN = { email: 'admin@globex.test', password: 'a globex admin password' };

let stack: Stack;
let browser: Browser;
let owner: BrowserContext;
let ownerPage: Page;
let setupCode = '';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  const t = { persistTo: stack.persistTo };
  await run(['site', 'create', 'globex', '--origin', stack.hostUrl, '--name', 'Globex'], t, () => {});
  await run(['setup-code'], t, (line) => (setupCode = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec(line)?.[0] ?? setupCode));
  // Two unhappy answers on acme two days ago, one vouched for (verified), and one on globex.
  const at = Date.now() - 2 * 86400_000;
  const row = (site: string, ticket: string, verified: number, comment: string, i: number) =>
    `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, verified, agent, channel, created_at, updated_at)
     VALUES ('${crypto.randomUUID()}', '${site}', 'support', '${ticket}', 1, 5, 2, '${comment}', 'en', 'widget', ${verified}, 'luca', 'chat', ${at + i}, ${at + i});`;
  stack.query(
    [
      row('acme', 'A-1', 1, 'Vouched for and unhappy', 1),
      row('acme', 'A-2', 0, 'Anonymous and unhappy', 2),
      row('globex', 'G-1', 0, 'Globex only', 3),
      `${rebuildSql().join(';\n')};`,
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dash = (query = '') => `${stack.workerUrl}/dashboard/${query ? `?${query}` : ''}`;

/** axe-core at 1280 and 390 px wide, with a screenshot at each width. */
async function axeAtBothWidths(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    expect(await axe(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: `/tmp/people-test-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newSession(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(dash());
  await signIn(page, who);
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  return { context, page };
}

const peopleTable = () => ownerPage.getByRole('table', { name: 'People who may sign in' });
const personRow = (email: string) => peopleTable().getByRole('row').filter({ hasText: email });

async function openPeople(): Promise<void> {
  await ownerPage.goto(dash('site=acme&view=settings'));
  await ownerPage.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'People' }).click();
  await peopleTable().waitFor();
}

async function manage(email: string): Promise<void> {
  await ownerPage.getByRole('button', { name: `Manage ${email}` }).click();
  await ownerPage.getByRole('heading', { name: `Manage ${email}` }).waitFor();
}

async function addPerson(who: { email: string; password: string }, role: string, sites: string[] | null): Promise<void> {
  const form = ownerPage.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Email').fill(who.email);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('radio', { name: role }).check();
  if (sites) {
    await form.getByRole('radio', { name: 'Only some sites' }).check();
    for (const s of sites) await form.getByRole('checkbox', { name: s }).check();
  }
  await form.getByRole('button', { name: 'Add person' }).click();
  await form.getByRole('status').filter({ hasText: `Added ${who.email}` }).waitFor();
}

describe('people', () => {
  it('asks for the setup code on first run, says at the field when it is wrong, and has no axe-core violations', async () => {
    owner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    ownerPage = await owner.newPage();
    await ownerPage.goto(dash());
    await ownerPage.getByRole('heading', { name: 'Create the admin account' }).waitFor();
    await axeAtBothWidths(ownerPage, 'first-run');

    await ownerPage.getByLabel('Setup code').fill('AAAA-BBBB-CCCC-DDDD');
    await ownerPage.getByLabel('Email').fill(OWNER.email);
    await ownerPage.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await ownerPage.getByLabel('Confirm the password').fill(OWNER.password);
    await ownerPage.getByRole('button', { name: 'Create the admin account' }).click();
    await ownerPage.getByText('Not a valid setup code').waitFor();
    const code = ownerPage.getByLabel('Setup code');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await ownerPage.getByRole('alert').innerText()).toMatch(/setup code/i);
    await ownerPage.screenshot({ path: '/tmp/people-test-first-run-error-1280.png', fullPage: true });

    // Typed in lower case and without dashes, as a person might.
    await code.fill(setupCode.toLowerCase().replace(/-/g, ' '));
    await ownerPage.getByRole('button', { name: 'Create the admin account' }).click();
    await ownerPage.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });

  it('lets the owner add a responder limited to one site and a viewer of every site', async () => {
    await openPeople();
    await addPerson(RESPONDER, 'Responder', ['acme']);
    await addPerson(VIEWER, 'Viewer', null);
    await expect.poll(() => personRow(RESPONDER.email).innerText()).toMatch(/Responder\s+acme\s+Active/);
    expect(await personRow(VIEWER.email).innerText()).toMatch(/Viewer\s+All sites\s+Active/);
    expect(await personRow(OWNER.email).innerText()).toMatch(/Admin\s+All sites\s+Active/);
    const rows = stack.query<{ email: string; role: string; all_sites: number }>('SELECT email, role, all_sites FROM users ORDER BY email');
    expect(rows).toEqual([
      { email: OWNER.email, role: 'admin', all_sites: 1 },
      { email: RESPONDER.email, role: 'responder', all_sites: 0 },
      { email: VIEWER.email, role: 'viewer', all_sites: 1 },
    ]);
  });

  it('has no axe-core violations on the People page, with a person open and the remove step asked', async () => {
    await openPeople();
    await axeAtBothWidths(ownerPage, 'people');
    await manage(RESPONDER.email);
    await ownerPage.getByRole('button', { name: `Remove ${RESPONDER.email}…` }).click();
    const ask = ownerPage.getByRole('group', { name: /Remove .* for good/ });
    await expect.poll(() => ask.evaluate((el) => el === document.activeElement)).toBe(true);
    await axeAtBothWidths(ownerPage, 'people-manage');
    // Escape backs out, and focus returns to the button that asked.
    await ownerPage.keyboard.press('Escape');
    const start = ownerPage.getByRole('button', { name: `Remove ${RESPONDER.email}…` });
    await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(stack.query(`SELECT 1 FROM users WHERE email = '${RESPONDER.email}'`)).toHaveLength(1);
  });

  it('saves "Require verified tickets" from the template-links panel, saying that template links are then refused', async () => {
    await ownerPage.goto(dash('site=acme&view=settings'));
    const panel = ownerPage.getByRole('region', { name: 'Template links and verified tickets' });
    await panel.getByRole('checkbox', { name: 'Accept template links' }).check();
    await panel.getByRole('checkbox', { name: 'Require verified tickets' }).check();
    await panel.getByText('Refused anyway while verified tickets are required.').waitFor();
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const [row] = stack.query<{ settings: string }>("SELECT settings FROM sites WHERE id = 'acme'");
    expect(JSON.parse(row!.settings)).toMatchObject({ requireVerifiedTickets: true, templateLinks: { enabled: true } });
    await ownerPage.reload();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'Require verified tickets' }).isChecked()).toBe(true);
    await axeAtBothWidths(ownerPage, 'settings-site');
    await ownerPage.setViewportSize({ width: 390, height: 900 });
    await panel.screenshot({ path: '/tmp/people-test-template-links-390.png' });
    await ownerPage.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the responder only their site, lets them work a follow-up, and shows them no settings or people', async () => {
    const { context, page } = await newSession(RESPONDER);
    expect(await page.getByRole('combobox', { name: 'Site' }).count()).toBe(0);
    expect(await page.locator('.site-name').innerText()).toBe('acme');
    // An address naming another site shows their own site instead.
    await page.goto(dash('site=globex'));
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('acme');
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);

    await page.goto(dash('site=acme&view=settings'));
    await page.getByText('Only admins can see and change the settings').waitFor();
    expect(await page.getByRole('heading', { name: 'People' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Allowed origins' }).count()).toBe(0);

    await page.goto(dash('site=acme&view=followups'));
    const form = page.getByRole('form', { name: 'Follow-up of ticket A-2' });
    await form.getByLabel('Status').selectOption('contacted');
    await form.getByLabel('Owner').selectOption({ label: `${RESPONDER.email} (you)` });
    await form.getByRole('button', { name: 'Save' }).click();
    // It leaves the list of new items at once, and says where it went.
    await page.getByRole('status').filter({ hasText: 'Moved to contacted: ticket A-2.' }).waitFor();
    expect(await form.count()).toBe(0);
    const id = stack.query<{ id: string }>(`SELECT id FROM users WHERE email = '${RESPONDER.email}'`)[0]!.id;
    const saved = stack.query<{ status: string; owner: string }>("SELECT f.status, f.owner FROM followups f JOIN responses r ON r.id = f.response_id WHERE r.ticket = 'A-2'");
    expect(saved).toEqual([{ status: 'contacted', owner: id }]);
    await context.close();
  });

  it('filters comments to verified tickets, in the address, and marks each verified one in words', async () => {
    const { context, page } = await newSession(RESPONDER);
    await page.goto(dash('site=acme&view=comments'));
    await page.getByText('Anonymous and unhappy').waitFor();
    expect(await page.getByText('Vouched for and unhappy').count()).toBe(1);
    const marks = page.locator('.verified-mark');
    expect(await marks.count()).toBe(1);
    expect(await marks.innerText()).toContain('Verified');
    expect(await marks.evaluate((el) => el.closest('article')?.textContent)).toContain('Vouched for and unhappy');

    await page.getByRole('combobox', { name: 'Verified tickets' }).selectOption({ label: 'Verified only' });
    expect(new URL(page.url()).searchParams.get('verified')).toBe('1');
    await page.getByRole('status').filter({ hasText: 'Showing 1 comment' }).waitFor();
    expect(await page.getByText('Vouched for and unhappy').count()).toBe(1);
    expect(await page.getByText('Anonymous and unhappy').count()).toBe(0);
    // The filter travels to the overview like the others.
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('verified')).toBe('1');
    expect(await page.getByRole('combobox', { name: 'Verified tickets' }).inputValue()).toBe('1');

    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(dash('site=acme&view=comments&verified=0'));
    await page.getByText('Anonymous and unhappy').waitFor();
    await page.locator('form.filters').screenshot({ path: '/tmp/people-test-filter-bar-390.png' });
    await page.goto(dash('site=acme&view=comments'));
    await page.locator('.verified-mark').waitFor();
    await page.screenshot({ path: '/tmp/people-test-comments-390.png', fullPage: true });
    await context.close();
  });

  it('signs a viewer out on their next action once the owner disables them', async () => {
    const { context, page } = await newSession(VIEWER);
    await openPeople();
    await manage(VIEWER.email);
    await ownerPage.getByRole('button', { name: 'Disable sign-in' }).click();
    await ownerPage.getByText(`Disabled ${VIEWER.email}`).waitFor();
    await expect.poll(() => personRow(VIEWER.email).innerText()).toMatch(/Disabled/);

    await page.getByRole('link', { name: 'Comments' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('Your session has ended').waitFor();
    await signIn(page, VIEWER);
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
    await context.close();
  });

  it('refuses to let the owner demote themselves and says why', async () => {
    await openPeople();
    await manage(OWNER.email);
    await ownerPage.getByRole('combobox', { name: 'Role' }).selectOption('viewer');
    await ownerPage.getByRole('button', { name: 'Save role and sites' }).click();
    await ownerPage.getByRole('alert').filter({ hasText: 'last enabled admin' }).waitFor();
    expect(await personRow(OWNER.email).innerText()).toMatch(/Admin/);
    expect(stack.query(`SELECT role FROM users WHERE email = '${OWNER.email}'`)).toEqual([{ role: 'admin' }]);
  });

  it("lets an admin of one site change that site's settings, shows them neither People nor New site, and is removed after a confirm step", async () => {
    await openPeople();
    await addPerson(GLOBEX_ADMIN, 'Admin', ['Globex']);
    await expect.poll(() => personRow(GLOBEX_ADMIN.email).innerText()).toMatch(/Admin\s+globex\s+Active/);

    const { context, page } = await newSession(GLOBEX_ADMIN);
    expect(await page.locator('.site-name').innerText()).toBe('Globex');
    await page.getByRole('link', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Template links and verified tickets' });
    await panel.getByRole('checkbox', { name: 'Accept template links' }).check();
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const [row] = stack.query<{ settings: string }>("SELECT settings FROM sites WHERE id = 'globex'");
    expect(JSON.parse(row!.settings)).toMatchObject({ templateLinks: { enabled: true } });
    expect(await page.getByRole('navigation', { name: 'Settings sections' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'People' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'New site' }).count()).toBe(0);
    await context.close();

    // Removed after the confirm step: gone from the table and from D1.
    await manage(GLOBEX_ADMIN.email);
    await ownerPage.getByRole('button', { name: `Remove ${GLOBEX_ADMIN.email}…` }).click();
    await ownerPage.getByRole('button', { name: `Yes, remove ${GLOBEX_ADMIN.email}` }).click();
    await ownerPage.getByRole('status').filter({ hasText: `Removed ${GLOBEX_ADMIN.email}.` }).waitFor();
    await expect.poll(() => personRow(GLOBEX_ADMIN.email).count()).toBe(0);
    expect(stack.query(`SELECT 1 FROM users WHERE email = '${GLOBEX_ADMIN.email}'`)).toHaveLength(0);
  });

  it("changes one's own password: the page goes on working, the old password no longer signs in, the new one does", async () => {
    await ownerPage.getByRole('link', { name: 'Your account' }).click();
    await ownerPage.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    await ownerPage.getByLabel('Current password').fill('not my password at all');
    await ownerPage.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await ownerPage.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
    await ownerPage.getByRole('button', { name: 'Change password' }).click();
    await ownerPage.getByText('Not your current password').waitFor();
    expect(await ownerPage.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');

    await ownerPage.getByLabel('Current password').fill(OWNER.password);
    await ownerPage.getByRole('button', { name: 'Change password' }).click();
    await ownerPage.getByText('Your password is changed').waitFor();
    await axeAtBothWidths(ownerPage, 'account');

    // A write after the change carries the new CSRF token: enabling the viewer again works.
    await ownerPage.getByRole('link', { name: 'Settings' }).click();
    await ownerPage.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'People' }).click();
    await manage(VIEWER.email);
    await ownerPage.getByRole('button', { name: 'Enable sign-in' }).click();
    await ownerPage.getByText(`Enabled ${VIEWER.email}`).waitFor();

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(dash());
    await signIn(page, OWNER);
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
    await signIn(page, { ...OWNER, password: NEW_PASSWORD });
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await context.close();
  });

  it('tells someone who failed to sign in too often how long to wait', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(dash());
    const who = { email: 'nobody@acme.test', password: 'a wrong password' };
    const attempt = async () => {
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await signIn(page, who);
      return (await answer).status();
    };
    // The fifth failure in a row locks the account (still a 401); the next attempt is told to wait.
    for (let i = 0; i < 5; i++) expect(await attempt()).toBe(401);
    expect(await attempt()).toBe(429);
    await page.getByRole('alert').filter({ hasText: 'Too many attempts. Try again in 15 minutes.' }).waitFor();
    await page.screenshot({ path: '/tmp/people-test-sign-in-429.png' });
    await context.close();
  });
});
