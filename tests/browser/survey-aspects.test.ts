// Custom CES aspects in the survey editor, in Chromium against a real worker: the editor asks for a label
// in every shipped language, will not save one missing, shows the server's issue at its field, and the
// widget then rates the aspect under the visitor's language's label; axe-core and screenshots at 1280 and 390 px.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n';
import { run } from '../../scripts/admin';
import { launchBrowser, startStack, untilWorker, type Stack } from './harness';
import { hostHtml } from './pages';
import { axe } from './axe';

const ADMIN = { email: 'admin@acme.test', password: 'the aspects admin password' };
const LABELS: [string, string, string][] = [
  ['English (en)', 'en', 'Empathy'],
  ['Italian (it)', 'it', 'Empatia'],
  ['Spanish (es)', 'es', 'Empatía'],
  ['French (fr)', 'fr', 'Empathie'],
  ['German (de)', 'de', 'Einfühlungsvermögen'],
  ['Portuguese (pt)', 'pt', 'Empatia'],
  ['Polish (pl)', 'pl', 'Empatia'],
  ['Dutch (nl)', 'nl', 'Inlevingsvermogen'],
];

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], { persistTo: stack.persistTo }, () => {});
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${stack.workerUrl}/dashboard/`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const stored = () => stack.query<{ definition: string }>("SELECT definition FROM surveys WHERE site_id = 'acme' AND id = 'support'")[0]!.definition;

/** axe-core at 1280 and 390 px wide, with a screenshot of the survey form at each width. */
async function axeAtBothWidths(form: Locator, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    expect(await axe(page), `${name} at ${width}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scroll at ${width}`).toBe(true);
    await form.screenshot({ path: `/tmp/survey-aspects-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The IDs an element's aria-describedby names, and their text. */
const description = (el: Locator) =>
  el.evaluate((e) =>
    (e.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`)
      .join(' | '),
  );

describe('custom CES aspects in the survey editor', () => {
  it('asks for a label in each shipped language, refuses to save one missing, and shows the server’s issue at its field', async () => {
    await page.goto(`${stack.workerUrl}/dashboard/?site=acme&view=settings`);
    const form = page.getByRole('form', { name: 'Survey support' });
    await form.waitFor();
    // CES alone, so the widget opens on it below.
    await form.getByRole('checkbox', { name: 'Ask CSAT' }).uncheck();
    await form.getByRole('checkbox', { name: 'Ask NPS' }).uncheck();
    // Shipped aspects ask for nothing.
    await expect.poll(() => form.getByRole('group', { name: /^Labels for/ }).count()).toBe(0);
    await form.getByLabel('Aspects (comma-separated)').fill('courtesy, speed, empathy');

    const group = form.getByRole('group', { name: 'Labels for “empathy”' });
    await group.waitFor();
    expect(await form.getByRole('group', { name: /^Labels for/ }).count()).toBe(1);
    const fields = group.getByRole('textbox');
    expect(await fields.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent))).toEqual(LABELS.map(([name]) => name));

    for (const [name, lang, label] of LABELS) if (!['fr', 'de', 'nl'].includes(lang)) await group.getByLabel(name).fill(label);
    const before = stored();
    await form.getByRole('button', { name: 'Save survey' }).click();
    const message = 'Aspect "empathy" needs a label in: de, fr, nl';
    await form.getByRole('alert').filter({ hasText: message }).waitFor();
    for (const name of ['French (fr)', 'German (de)', 'Dutch (nl)']) {
      const field = group.getByLabel(name);
      expect(await field.getAttribute('aria-invalid'), name).toBe('true');
      expect(await description(field), name).toContain(message);
    }
    expect(await group.getByLabel('English (en)').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => group.getByLabel('French (fr)').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForTimeout(500);
    expect(stored()).toBe(before); // nothing was sent
    await axeAtBothWidths(form, 'missing');

    // A label the server refuses (too long): its issue is shown at that language's field.
    await group.getByLabel('French (fr)').fill('Empathie');
    await group.getByLabel('Dutch (nl)').fill('Inlevingsvermogen');
    await group.getByLabel('German (de)').fill('x'.repeat(501));
    await form.getByRole('button', { name: 'Save survey' }).click();
    const german = group.getByLabel('German (de)');
    await expect.poll(() => german.getAttribute('aria-invalid')).toBe('true');
    expect(await description(german)).toContain('Must be at most 500 characters');
    expect(await group.getByLabel('Dutch (nl)').getAttribute('aria-invalid')).toBeNull();
    expect(stored()).toBe(before);
    await axeAtBothWidths(form, 'refused');

    await german.fill('Einfühlungsvermögen');
    await form.getByRole('button', { name: 'Save survey' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const def = JSON.parse(stored()) as { questions: { kind: string; aspects?: string[] }[]; text: Record<string, { aspects?: Record<string, string> }> };
    expect(def.questions).toEqual([{ kind: 'ces', followUp: true, aspects: ['courtesy', 'speed', 'empathy'] }]);
    for (const [, lang, label] of LABELS) expect(def.text[lang]?.aspects?.empathy, lang).toBe(label);
    // Reloaded, the labels are back in their fields, not in the wording JSON.
    await page.reload();
    await form.waitFor();
    expect(await group.getByLabel('German (de)').inputValue()).toBe('Einfühlungsvermögen');
    expect(await form.getByLabel('Wording overrides (JSON)').inputValue()).not.toContain('empathy');
    await axeAtBothWidths(form, 'saved');
  });

  it('the widget then rates the aspect under the label of the visitor’s language', async () => {
    await untilWorker(stack, '/api/v1/surveys/acme/support?lang=de', async (r) => (await r.text()).includes('Einfühlungsvermögen'), {
      headers: { Origin: stack.hostUrl },
    });
    for (const [lang, label] of [
      ['de', 'Einfühlungsvermögen'],
      ['nl', 'Inlevingsvermogen'],
    ] as const) {
      stack.setPage(`/ticket-${lang}`, { html: hostHtml(stack, { ticket: `T-${lang}`, lang }, { inline: true, lang }) });
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
      const visitor = await context.newPage();
      await visitor.goto(`${stack.hostUrl}/ticket-${lang}`);
      await visitor.getByRole('radiogroup', { name: LANGUAGES[lang]!.ces.prompt }).getByRole('radio').first().check();
      await visitor.getByRole('radiogroup', { name: label }).waitFor();
      const groups = await visitor.getByRole('radiogroup').evaluateAll((els) => els.length);
      expect(groups).toBe(4); // CES and its three aspects
      await visitor.getByRole('radiogroup', { name: LANGUAGES[lang]!.aspects.speed }).waitFor();
      if (lang === 'de') await visitor.screenshot({ path: '/tmp/survey-aspects-widget-de-390.png', fullPage: true });
      await context.close();
    }
  });
});
