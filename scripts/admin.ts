// The operator's commands (SPEC.md "Commands"), on the local D1 or, with --remote, the deployed one:
//   site create <site> --origin <url>… [--name <name>]   site add-origin <site> <url>   key create <site> [--label <l>]
import { randomBytes, randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { DEFAULT_SURVEY, DEFAULT_SURVEY_ID } from '../shared/demo';
import { hashApiKey, keyPrefix, newApiKey } from '../shared/keys';
import { hashPassword } from '../shared/password';
import { Label, NewUser, Origin, Slug } from '../shared/schemas';
import { rebuildSql } from '../worker/src/db/rollups';
import { CommandError, d1Query, sqlLiteral, type Target } from './lib/wrangler';

const USAGE = `Usage: npm run admin -- <command> [--remote]
  site create <site> --origin <url> [--origin <url>…] [--name <name>]
  site add-origin <site> <url>
  key create <site> [--label <label>]
  site template-links <site> on|off [--pattern <regex for ticket IDs>]
  user create <email> --role admin|viewer [--password <at least 12 characters>]
  rollups rebuild`;

interface Args {
  words: string[];
  flags: Map<string, string[]>;
}

function parseArgs(argv: string[]): Args {
  const words: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const boolean = name === 'remote';
      const value = boolean ? 'true' : (inline ?? argv[++i]);
      if (value === undefined) throw new CommandError(`--${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else words.push(a);
  }
  return { words, flags };
}

function parse<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const r = v.safeParse(schema, value);
  if (!r.success) throw new CommandError(`${what}: ${r.issues[0]!.message} (got ${JSON.stringify(value)})`);
  return r.output;
}

function origin(url: string): string {
  const r = v.safeParse(Origin, url);
  if (r.success) return r.output;
  let hint = '';
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') hint = `; did you mean ${u.origin}?`;
  } catch {
    /* not a URL at all */
  }
  throw new CommandError(`Not an origin: "${url}". Give scheme, host and optional port, like https://support.example.com${hint}`);
}

function requireSite(site: string, t: Target): void {
  if (d1Query(`SELECT id FROM sites WHERE id = ${sqlLiteral(site)}`, t).length === 0) {
    throw new CommandError(`There is no site "${site}". Create it with: npm run admin -- site create ${site} --origin <url>`);
  }
}

export async function run(argv: string[], t: Target = {}, print = console.log): Promise<void> {
  const { words, flags } = parseArgs(argv);
  const target: Target = { ...t, remote: flags.has('remote') || t.remote };
  const [group, verb, ...rest] = words;
  const now = Date.now();

  if (group === 'site' && verb === 'create') {
    const site = parse(Slug, rest[0], 'Site');
    const origins = (flags.get('origin') ?? []).map(origin);
    if (origins.length === 0) throw new CommandError('Give at least one --origin <url> where the widget will be embedded');
    const name = parse(Label(120), flags.get('name')?.[0] ?? site, 'Name');
    if (d1Query(`SELECT id FROM sites WHERE id = ${sqlLiteral(site)}`, target).length > 0) {
      throw new CommandError(`Site "${site}" already exists; add origins with: npm run admin -- site add-origin ${site} <url>`);
    }
    d1Query(
      [
        `INSERT INTO sites (id, name, default_survey, link_secret, created_at) VALUES (${sqlLiteral(site)}, ${sqlLiteral(name)}, ${sqlLiteral(DEFAULT_SURVEY_ID)}, ${sqlLiteral(randomBytes(32).toString('hex'))}, ${now})`,
        ...origins.map((o) => `INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (${sqlLiteral(site)}, ${sqlLiteral(o)})`),
        `INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (${sqlLiteral(site)}, ${sqlLiteral(DEFAULT_SURVEY_ID)}, ${sqlLiteral(JSON.stringify(DEFAULT_SURVEY))}, ${now}, ${now})`,
      ].join(';\n'),
      target,
    );
    print(`Created site "${site}" with survey "${DEFAULT_SURVEY_ID}", allowed origins: ${origins.join(', ')}`);
    return;
  }

  if (group === 'site' && verb === 'add-origin') {
    const site = parse(Slug, rest[0], 'Site');
    if (rest[1] === undefined) throw new CommandError('Give the origin to add, e.g. https://support.example.com');
    const o = origin(rest[1]);
    requireSite(site, target);
    d1Query(`INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (${sqlLiteral(site)}, ${sqlLiteral(o)})`, target);
    print(`Site "${site}" now accepts responses from ${o}`);
    return;
  }

  if (group === 'site' && verb === 'template-links') {
    const site = parse(Slug, rest[0], 'Site');
    const state = rest[1];
    if (state !== 'on' && state !== 'off') throw new CommandError('Say "on" or "off", e.g. npm run admin -- site template-links acme on');
    const pattern = flags.get('pattern')?.[0];
    if (pattern !== undefined) {
      try {
        new RegExp(pattern);
      } catch {
        throw new CommandError(`--pattern is not a valid regular expression: ${pattern}`);
      }
    }
    requireSite(site, target);
    const value = JSON.stringify({ enabled: state === 'on', ...(pattern ? { ticketPattern: pattern } : {}) });
    d1Query(`UPDATE sites SET settings = json_set(settings, '$.templateLinks', json(${sqlLiteral(value)})) WHERE id = ${sqlLiteral(site)}`, target);
    print(`Template links for site "${site}" are ${state}${pattern ? `, ticket IDs matching ${pattern}` : ''}.`);
    return;
  }

  if (group === 'user' && verb === 'create') {
    const given = flags.get('password')?.[0];
    // Without --password, a random one, printed once (passwords in shell history are worse).
    const password = given ?? randomBytes(12).toString('base64url');
    const user = parse(NewUser, { email: rest[0], password, role: flags.get('role')?.[0] }, 'User');
    if (d1Query(`SELECT id FROM users WHERE email = ${sqlLiteral(user.email)}`, target).length > 0) {
      throw new CommandError(`There is already a user ${user.email}`);
    }
    d1Query(
      `INSERT INTO users (id, email, password_hash, role, created_at) VALUES (${sqlLiteral(randomUUID())}, ${sqlLiteral(user.email)}, ${sqlLiteral(await hashPassword(user.password))}, ${sqlLiteral(user.role)}, ${now})`,
      target,
    );
    print(`Created ${user.role} ${user.email}${given ? '' : ` with the password (shown only this once):\n\n  ${password}\n`}`);
    return;
  }

  if (group === 'rollups' && verb === 'rebuild') {
    const started = Date.now();
    d1Query(rebuildSql().join(';\n'), target);
    const n = d1Query<{ n: number }>('SELECT count(*) AS n FROM daily_rollups', target)[0]?.n ?? 0;
    print(`Rebuilt the daily rollups from the responses: ${n} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return;
  }

  if (group === 'key' && verb === 'create') {
    const site = parse(Slug, rest[0], 'Site');
    const label = flags.get('label')?.[0];
    requireSite(site, target);
    const key = newApiKey();
    d1Query(
      `INSERT INTO api_keys (id, site_id, key_hash, prefix, label, created_at) VALUES (${sqlLiteral(randomUUID())}, ${sqlLiteral(site)}, ${sqlLiteral(await hashApiKey(key))}, ${sqlLiteral(keyPrefix(key))}, ${sqlLiteral(label ? parse(Label(120), label, 'Label') : null)}, ${now})`,
      target,
    );
    print(`API key for site "${site}" (shown only this once; store it now):\n\n  ${key}\n`);
    return;
  }

  throw new CommandError(USAGE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2), { persistTo: process.env.VOCE_PERSIST_TO }).catch((err: Error) => {
    console.error(err instanceof CommandError ? err.message : err);
    process.exit(1);
  });
}
