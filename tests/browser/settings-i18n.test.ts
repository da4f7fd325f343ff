// Settings in Italian, in Chromium with an Italian browser (locale it-IT, so navigator.languages starts
// with it-IT): every section's heading and its main labels are Italian, the survey editor names
// languages in Italian, People and its roles too; axe-core at 1280 and 390 px finds nothing. German, the
// language with the longest words, gets the same axe-core check.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { launchBrowser, startStack, type Stack } from './harness';
import { axe } from './axe';

const ADMIN = { email: 'amministratore@acme.test', password: 'una password da amministratore' };

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** A browser speaking `locale`, signed in as the admin, on Settings. */
async function openSettings(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Not 'load': once in CI one of its subresources stalled 30 s under load; the sign-in form is what matters.
  await page.goto(`${stack.workerUrl}/dashboard/?site=acme&view=settings`, { waitUntil: 'domcontentloaded' });
  // By the fields' IDs: the sign-in page's own wording is not this test's subject.
  await page.locator('#l-email').fill(ADMIN.email);
  await page.locator('#l-password').fill(ADMIN.password);
  await page.locator('#l-password').press('Enter');
  return { context, page };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], { persistTo: stack.persistTo }, () => {});
  ({ context, page } = await openSettings('it-IT'));
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

/** axe-core at 1280 and 390 px wide, nothing wider than the page (long words), a screenshot at each width. */
async function axeAtBothWidths(name: string, on: Page = page): Promise<void> {
  for (const width of [1280, 390]) {
    await on.setViewportSize({ width, height: 900 });
    await on.waitForTimeout(200);
    expect(await axe(on), `${name} at ${width}`).toEqual([]);
    expect(await on.evaluate(() => document.documentElement.scrollWidth), `${name} width at ${width}`).toBeLessThanOrEqual(width);
    await on.screenshot({ path: `/tmp/settings-i18n-${name}-${width}.png`, fullPage: true });
  }
  await on.setViewportSize({ width: 1280, height: 900 });
}

const section = (name: string) => page.getByRole('region', { name, exact: true });

describe('Settings in an Italian browser', () => {
  it('shows every section of a site in Italian, with no problem axe-core finds at 1280 and 390 px', async () => {
    await page.getByRole('heading', { level: 1, name: 'Impostazioni' }).waitFor();
    await page.getByRole('navigation', { name: 'Sezioni delle impostazioni' }).getByRole('link', { name: 'Persone' }).waitFor();
    await section('Fuso orario').waitFor(); // the last to load: the settings are in

    for (const heading of [
      'Origini consentite',
      'Link modello e ticket verificati',
      'Link all’helpdesk',
      'Pagina email',
      'Chiavi API',
      'Webhook',
      'Fuso orario',
      'Conservazione dei dati',
      'Sondaggi',
      'Nuovo sito',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).count(), heading).resolves.toBe(1);
    }
    await section('Origini consentite').getByLabel('Origine da aggiungere').waitFor();
    await section('Link modello e ticket verificati').getByLabel('Richiedi ticket verificati').waitFor();
    await section('Link all’helpdesk').getByLabel('Indirizzo del ticket').waitFor();
    await section('Pagina email').getByLabel('Nome dell’azienda').waitFor();
    await section('Pagina email').getByRole('button', { name: 'Salva nome e colore' }).waitFor();
    await section('Chiavi API').getByRole('button', { name: 'Crea chiave' }).waitFor();
    await section('Webhook').getByLabel('URL dell’endpoint').waitFor();
    await section('Webhook').getByRole('checkbox', { name: 'Cliente insoddisfatto' }).waitFor();
    await section('Fuso orario').getByRole('combobox', { name: 'Fuso orario' }).waitFor();
    await section('Conservazione dei dati').getByLabel('Cancella le risposte più vecchie di (giorni)').waitFor();
    await section('Nuovo sito').getByLabel('ID del sito').waitFor();

    // The survey editor: its questions, and the languages named in Italian.
    const surveys = section('Sondaggi');
    await surveys.getByRole('checkbox', { name: 'Chiedi CSAT' }).waitFor();
    const defaultLang = surveys.getByRole('combobox', { name: 'Lingua predefinita' });
    expect(await defaultLang.locator('option:checked').textContent()).toBe('Inglese (en)');
    await surveys.getByLabel('Aspetti (separati da virgole)').fill('courtesy, billing');
    await surveys.getByRole('group', { name: 'Etichette per “billing”' }).getByLabel('Tedesco (de)').waitFor();

    // A key, so the table and the once-only notice are checked too.
    await section('Chiavi API').getByLabel('Etichetta per una nuova chiave (facoltativa)').fill('Zendesk');
    await section('Chiavi API').getByRole('button', { name: 'Crea chiave' }).click();
    await section('Chiavi API').getByText('Chiave creata.').waitFor();
    await section('Chiavi API').getByRole('columnheader', { name: 'Etichetta' }).waitFor();

    await axeAtBothWidths('site');
  }, 120_000);

  it('shows People, the roles and one person’s controls in Italian, with no problem axe-core finds', async () => {
    await page.getByRole('navigation', { name: 'Sezioni delle impostazioni' }).getByRole('link', { name: 'Persone' }).click();
    const people = section('Persone');
    await people.getByRole('columnheader', { name: 'Ruolo' }).waitFor();
    await people.getByRole('cell', { name: 'Amministratore', exact: true }).waitFor();
    const add = page.getByRole('form', { name: 'Aggiungi una persona' });
    await add.getByRole('radio', { name: 'Sola lettura' }).waitFor();
    await add.getByText('Vede tutto sui propri siti e non modifica nulla.').waitFor();
    await add.getByRole('radio', { name: 'Tutti i siti, anche quelli aggiunti in seguito' }).waitFor();

    await people.getByRole('button', { name: `Gestisci ${ADMIN.email}` }).click();
    await page.getByRole('heading', { name: `Gestisci ${ADMIN.email}` }).waitFor();
    await page.getByRole('heading', { name: 'Ruolo e siti' }).waitFor();
    await page.getByRole('button', { name: 'Disattiva l’accesso' }).waitFor();

    await axeAtBothWidths('people');
  }, 120_000);
});

describe('Settings in a German browser', () => {
  it('is in German, with no problem axe-core finds at 1280 and 390 px', async () => {
    const de = await openSettings('de-DE');
    try {
      await de.page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
      await de.page.getByRole('region', { name: 'Zeitzone', exact: true }).waitFor();
      for (const heading of ['Erlaubte Ursprünge', 'API-Schlüssel', 'Aufbewahrung', 'Umfragen']) {
        await de.page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      }
      await de.page.getByRole('checkbox', { name: 'Unzufriedener Kunde' }).waitFor();
      await axeAtBothWidths('de-site', de.page);
    } finally {
      await de.context.close();
    }
  }, 120_000);
});
