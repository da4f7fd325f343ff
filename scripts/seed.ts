// Migrates the local database and fills it, if empty, with the demo site, realistic demo responses, the
// email links behind them and their tickets' facts; never seeds twice.   npm run seed [-- --responses 3000]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SURVEY, DEFAULT_SURVEY_ID } from '../shared/demo';
import { rebuildSql } from '../worker/src/db/rollups';
import { DEMO_AGENT_NAMES, demoResponses, demoResponsesSql } from './lib/demo-data.mjs';
import { demoLinks, demoLinksSql } from './lib/demo-links.mjs';
import { demoTicketFactsSql } from './lib/demo-tickets.mjs';
import { applyMigrations, CommandError, d1ExecuteFile, d1Query, sqlLiteral, type Target } from './lib/wrangler';

export const DEMO_SITE = 'demo';

export function demoOrigins(port: number): string[] {
  return [...new Set([8787, port])].flatMap((p) => [`http://127.0.0.1:${p}`, `http://localhost:${p}`]);
}

/** Seeds the demo site unless the database already has one; returns how many responses it wrote. */
export function seedDemo(t: Target, opts: { port?: number; responses?: number } = {}): number {
  const existing = d1Query<{ n: number }>('SELECT count(*) AS n FROM sites', t)[0]?.n ?? 0;
  if (existing > 0) return 0;
  const now = Date.now();
  const demo = { site: DEMO_SITE, survey: DEFAULT_SURVEY_ID, count: opts.responses ?? 3000, now };
  const { sql, count } = demoResponsesSql(demo);
  // The email links those answers came through, and the many more sent that were not answered.
  const responses = demoResponses(demo);
  const links = demoLinksSql({ ...demo, responses });
  // The tickets behind the answers and links, the solved ones nobody answered and an open backlog.
  const tickets = demoTicketFactsSql({ ...demo, responses, links: demoLinks({ ...demo, responses }) });
  const statements = [
    `INSERT INTO sites (id, name, default_survey, link_secret, widget_secret, settings, created_at) VALUES ('${DEMO_SITE}', 'Acme Support (demo)', '${DEFAULT_SURVEY_ID}', '${randomBytes(32).toString('hex')}', '${randomBytes(32).toString('hex')}', '${JSON.stringify({ templateLinks: { enabled: true }, agentNames: DEMO_AGENT_NAMES })}', ${now});`,
    ...demoOrigins(opts.port ?? 8787).map(
      (o) => `INSERT INTO site_origins (site_id, origin) VALUES ('${DEMO_SITE}', ${sqlLiteral(o)});`,
    ),
    `INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES ('${DEMO_SITE}', '${DEFAULT_SURVEY_ID}', ${sqlLiteral(JSON.stringify(DEFAULT_SURVEY))}, ${now}, ${now});`,
    ...sql,
    ...links.sql,
    ...tickets.sql,
    ...rebuildSql().map((q) => `${q};`),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'voce-seed-'));
  try {
    const file = join(dir, 'seed.sql');
    writeFileSync(file, statements.join('\n'));
    d1ExecuteFile(file, t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return count;
}

/**
 * Adds `count` realistic responses and their tickets' facts to `site` (which must exist), in files of 50,000 answers: the bulk
 * path of `npm run seed -- --responses N`. Returns the seconds it took.
 */
export function seedBulk(t: Target, site: string, count: number, days = 365): number {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'voce-bulk-'));
  try {
    for (let done = 0, part = 0; done < count; part++) {
      const n = Math.min(50_000, count - done);
      // A different PRNG seed per part gives fresh ids; the statements already hold 100 rows each.
      const opts = { site, survey: DEFAULT_SURVEY_ID, count: n, days, seed: 1000 + part, ticketStart: 1_000_000 * (part + 1) };
      const { sql } = demoResponsesSql(opts);
      // Each answer's ticket with its facts (after the answers: a fact's trigger counts them once).
      const tickets = demoTicketFactsSql({ ...opts, responses: demoResponses(opts), unsurveyedPerAnswer: 0, backlog: 0 });
      const file = join(dir, `part-${part}.sql`);
      writeFileSync(file, [...sql, ...tickets.sql].join('\n'));
      d1ExecuteFile(file, t);
      done += n;
      process.stdout.write(`\r  ${done.toLocaleString('en')} / ${count.toLocaleString('en')} responses`);
    }
    process.stdout.write('\n');
    const file = join(dir, 'rollups.sql');
    // The ticket rollups are already counted by the facts' triggers: rebuilding them would count 1M tickets again.
    writeFileSync(file, rebuildSql({ tickets: false }).map((q) => `${q};`).join('\n'));
    d1ExecuteFile(file, t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return (Date.now() - started) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--responses');
  const responses = i > 0 ? Number(process.argv[i + 1]) : undefined;
  const t: Target = { persistTo: process.env.VOCE_PERSIST_TO };
  try {
    if (responses !== undefined && !(Number.isInteger(responses) && responses > 0)) {
      throw new CommandError('--responses needs a positive whole number');
    }
    // A fresh checkout has no tables yet; applying is a no-op on a migrated database.
    applyMigrations(t);
    if (responses !== undefined && responses > 3000) {
      seedDemo(t, { responses: 3000 });
      const s = seedBulk(t, DEMO_SITE, responses);
      console.log(`Added ${responses.toLocaleString('en')} responses to site "${DEMO_SITE}" in ${s.toFixed(0)} s.`);
      process.exit(0);
    }
    const n = seedDemo(t, { responses });
    console.log(n ? `Seeded site "${DEMO_SITE}" with ${n} demo responses.` : 'The database already has sites; nothing seeded.');
  } catch (err) {
    console.error(err instanceof CommandError ? err.message : err);
    process.exit(1);
  }
}
