// What every admin command shares: its parsed words and flags, validation with the shared schemas
// into clear one-line errors, and lookups that name the fix when something is missing.
import * as v from 'valibot';
import { Origin } from '../../shared/schemas';
import { CommandError, d1Query, sqlLiteral, type Target } from '../lib/wrangler';

export interface Args {
  words: string[];
  flags: Map<string, string[]>;
}

/** A command's context: the rest of its words, its flags, where it runs, and how it prints. */
export interface Command {
  rest: string[];
  flags: Map<string, string[]>;
  target: Target;
  print: (line: string) => void;
  now: number;
}

const BOOLEAN_FLAGS = new Set(['remote', 'all-sites']);

export function parseArgs(argv: string[]): Args {
  const words: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const value = BOOLEAN_FLAGS.has(name) ? 'true' : (inline ?? argv[++i]);
      if (value === undefined) throw new CommandError(`--${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else words.push(a);
  }
  return { words, flags };
}

export function parse<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const r = v.safeParse(schema, value);
  if (!r.success) throw new CommandError(`${what}: ${r.issues[0]!.message} (got ${JSON.stringify(value)})`);
  return r.output;
}

export function onOff(value: string | undefined, example: string): boolean {
  if (value !== 'on' && value !== 'off') throw new CommandError(`Say "on" or "off", e.g. ${example}`);
  return value === 'on';
}

export function origin(url: string): string {
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

export function requireSite(site: string, t: Target): void {
  if (d1Query(`SELECT id FROM sites WHERE id = ${sqlLiteral(site)}`, t).length === 0) {
    throw new CommandError(`There is no site "${site}". Create it with: npm run admin -- site create ${site} --origin <url>`);
  }
}
