// `npx tsx scripts/screens.ts [outdir]`: the acceptance screenshots of the dashboard, as a user sees it —
// the demo site (npm start's data) in Europe/Rome, an Italian and an English browser, 1280 and 390 px:
// overview, trend with its bands, the Agents view, the aspects and the Support view. Written for review,
// not asserted.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/browser/harness';
import { run } from './admin';
import { DEMO_SITE, seedDemo } from './seed';
import { applyMigrations, freePort, startDev } from './lib/wrangler';

const out = process.argv[2] ?? 'screens';
mkdirSync(out, { recursive: true });
const persistTo = mkdtempSync(join(tmpdir(), 'voce-screens-'));
const t = { persistTo };
const ADMIN = { email: 'capo@demo.test', password: 'cavallo batteria graffetta' };
applyMigrations(t);
const port = await freePort();
seedDemo(t, { port });
await run(['site', 'set', DEMO_SITE, '--timezone', 'Europe/Rome'], t, () => {});
await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], t, () => {});
const dev = startDev({ port, persistTo });
const browser = await launchBrowser();
try {
  await dev.ready;
  const base = `http://127.0.0.1:${port}/dashboard/?site=${DEMO_SITE}`;
  for (const locale of ['it-IT', 'en-GB']) {
    const context = await browser.newContext({ locale, timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('#l-email').fill(ADMIN.email);
    await page.locator('#l-password').fill(ADMIN.password);
    await page.locator('#l-password').press('Enter');
    await page.locator('main h1').first().waitFor();
    const lang = locale.slice(0, 2);
    const ready = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(600); // the chart's first animation frame
    };
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(base);
      await ready();
      await page.screenshot({ path: `${out}/overview-${lang}-${width}.png`, fullPage: true });
      if (width === 390) {
        // A phone's first screen, and the two tables, at the size they are read.
        await page.screenshot({ path: `${out}/overview-${lang}-390-top.png` });
        for (const id of ['aspects-h', 'breakdown-h']) {
          await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `${out}/${id.slice(0, -2)}-${lang}-390.png` });
        }
      }
      await page.goto(`${base}&view=agents`);
      await ready();
      await page.screenshot({ path: `${out}/agents-${lang}-${width}.png`, fullPage: true });
      await page.goto(`${base}&view=support`);
      await ready();
      // A phone's first screen before a click scrolls it; then everything, the trend's table open.
      if (width === 390) await page.screenshot({ path: `${out}/support-${lang}-390-top.png` });
      for (const d of await page.locator('details.data-table:not([open]) > summary').all()) await d.click();
      await page.screenshot({ path: `${out}/support-${lang}-${width}.png`, fullPage: true });
      if (width === 390) {
        for (const id of ['speed-h', 'drivers-h', 'agent-speed-h']) {
          await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `${out}/support-${id.slice(0, -2)}-${lang}-390.png` });
        }
      } else {
        await page.locator('section[aria-labelledby="agent-speed-h"]').screenshot({ path: `${out}/support-agent-speed-${lang}-1280.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base);
    await ready();
    await page.locator('section[aria-labelledby="trend-h"]').screenshot({ path: `${out}/trend-${lang}-1280.png` });
    await page.locator('section[aria-labelledby="aspects-h"]').screenshot({ path: `${out}/aspects-${lang}-1280.png` });
    // The Support view's drivers, one per driver, as a manager steps through them.
    for (const driver of ['first_response', 'resolution', 'replies', 'reopened']) {
      await page.goto(`${base}&view=support&driver=${driver}`);
      await ready();
      const drivers = page.locator('section[aria-labelledby="drivers-h"]');
      if (await drivers.count()) await drivers.screenshot({ path: `${out}/support-drivers-${driver}-${lang}-1280.png` });
    }
    await context.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  dev.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
