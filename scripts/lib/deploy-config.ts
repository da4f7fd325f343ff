// What a deploy needs from wrangler.toml, read the way wrangler reads it: every binding the worker
// uses is declared, with nothing account-specific left as a placeholder (the Deploy to Cloudflare
// button and `wrangler deploy` provision what has no id). Used by `npm run deploy` and a unit test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unstable_readConfig, type Unstable_Config } from 'wrangler';
import { ROOT } from './wrangler';

export type Config = Unstable_Config;

/** wrangler.toml as wrangler deploy sees it (validated and normalised by wrangler itself). */
export function readConfig(): Config {
  return unstable_readConfig({ config: `${ROOT}wrangler.toml` }, { hideWarnings: true });
}

/** Every binding of the generated Env interface (worker/worker-configuration.d.ts) with its type. */
export function envBindings(declarations: string): Map<string, string> {
  const body = /interface Env \{([^}]*)\}/.exec(declarations)?.[1];
  if (!body) throw new Error('worker-configuration.d.ts has no interface Env');
  return new Map([...body.matchAll(/^\s*(\w+)\??:\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The names of OptionalVars (worker/src/env.ts): variables the worker reads only when they are set. */
export function optionalVars(source: string): Set<string> {
  const body = /interface OptionalVars \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return new Set([...body.matchAll(/^\s*(\w+)\?:/gm)].map((m) => m[1]!));
}

/** Names the worker's source reads from its env: `env.X`, `env['X']` and `const { X } = c.env`. */
export function envNamesUsed(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)) names.add((m[1] ?? m[2])!);
  for (const m of source.matchAll(/\{([^{}]*)\}\s*=\s*(?:\w+\.)?env\b/g)) {
    for (const part of m[1]!.split(',')) {
      const key = /^\s*([A-Z][A-Z0-9_]*)\b/.exec(part)?.[1];
      if (key) names.add(key);
    }
  }
  return names;
}

/** Every .ts file's text under a directory. */
export function sourcesUnder(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

/** An id that only stands in for a real one (all zeros, x's, or angle-bracketed text). */
export const isPlaceholderId = (id: string) => /^[0x-]+$/i.test(id) || /[<>]|placeholder|your[-_]/i.test(id);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What is wrong with `config` for deploying this worker (empty: nothing). `bindings` is the Env
 * interface, `used` what the source reads, `optional` the variables it reads only when set,
 * `hasCron` whether the worker exports a scheduled handler.
 */
export function deployProblems(
  config: Config,
  bindings: Map<string, string>,
  used: Set<string>,
  optional: Set<string>,
  hasCron: boolean,
): string[] {
  const problems: string[] = [];
  const declared = new Map<string, string>();
  for (const d1 of config.d1_databases) {
    declared.set(d1.binding, 'D1Database');
    if (!d1.database_name) problems.push(`D1 binding ${d1.binding} has no database_name (the name a provisioned database gets)`);
    if (d1.database_id !== undefined && (isPlaceholderId(d1.database_id) || !UUID.test(d1.database_id))) {
      problems.push(`D1 binding ${d1.binding} has the placeholder database_id "${d1.database_id}": leave it out, deploy provisions the database`);
    }
    if (!d1.migrations_dir) problems.push(`D1 binding ${d1.binding} has no migrations_dir`);
  }
  for (const limit of config.ratelimits) {
    declared.set(limit.name, 'RateLimit');
    // A rate limiter's namespace_id is a number the worker chooses, unique in the account, not a provisioned id.
    if (!/^[1-9]\d*$/.test(limit.namespace_id)) problems.push(`rate limit ${limit.name} needs a positive integer namespace_id, not "${limit.namespace_id}"`);
    if (![10, 60].includes(limit.simple.period)) problems.push(`rate limit ${limit.name}: period must be 10 or 60 s`);
  }
  if (config.assets?.binding) declared.set(config.assets.binding, 'Fetcher');
  // Plain variables: the optional ones (PUBLIC_ORIGIN…) may be set here or in the dashboard.
  for (const name of Object.keys(config.vars ?? {})) if (!optional.has(name)) declared.set(name, 'var');

  for (const [name, type] of bindings) {
    const has = declared.get(name);
    if (!has) problems.push(`the worker's Env has ${name} (${type}), but wrangler.toml declares no such binding`);
    else if (has !== type && has !== 'var') problems.push(`${name} is a ${type} in Env but a ${has} in wrangler.toml`);
  }
  for (const name of declared.keys()) {
    if (!bindings.has(name)) problems.push(`wrangler.toml declares ${name}, but worker-configuration.d.ts does not: run npm run types`);
  }
  for (const name of used) {
    if (!bindings.has(name) && !optional.has(name)) problems.push(`the worker reads env.${name}, which is neither a declared binding nor an optional variable`);
  }
  if (hasCron && !(config.triggers.crons?.length ?? 0)) problems.push('the worker exports scheduled(), but wrangler.toml has no [triggers] crons');
  if (config.account_id) problems.push('wrangler.toml names an account_id: the button deploys to whoever clicks it');
  return problems;
}

/** deployProblems for this repository's wrangler.toml and worker source. */
export function repositoryDeployProblems(config: Config = readConfig()): string[] {
  const source = sourcesUnder(`${ROOT}worker/src`);
  return deployProblems(
    config,
    envBindings(readFileSync(`${ROOT}worker/worker-configuration.d.ts`, 'utf8')),
    envNamesUsed(source),
    optionalVars(readFileSync(`${ROOT}worker/src/env.ts`, 'utf8')),
    /export default \{[^}]*\bscheduled\b/.test(source),
  );
}

/**
 * wrangler.toml's text with `database_id = "<id>"` under the D1 binding's database_name line, or null
 * when the block is not laid out as `[[d1_databases]]`, `binding = "…"`, …, `database_name = "…"`.
 */
export function withDatabaseId(toml: string, binding: string, id: string): string | null {
  const lines = toml.split('\n');
  const start = lines.findIndex((l, i) => l.trim() === `binding = "${binding}"` && lines[i - 1]?.trim() === '[[d1_databases]]');
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.trim().startsWith('['));
  const name = lines.findIndex((l, i) => i > start && (end < 0 || i < end) && /^database_name\s*=/.test(l.trim()));
  if (name < 0 || lines.slice(start, end < 0 ? undefined : end).some((l) => /^database_id\s*=/.test(l.trim()))) return null;
  lines.splice(name + 1, 0, `database_id = "${id}"`);
  return lines.join('\n');
}
