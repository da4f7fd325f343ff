import { describe, expect, it } from 'vitest';
import {
  checkTicketPattern,
  compileTicketPattern,
  DEFAULT_TICKET_PATTERN,
  MAX_STATES,
  ticketAllowed,
} from '../../../shared/ticket-pattern';

/** A small seeded generator (mulberry32), so a failing case is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

function matcher(pattern: string) {
  const compiled = compileTicketPattern(pattern);
  if (!compiled.ok) throw new Error(`${pattern}: ${compiled.message}`);
  return compiled;
}

// Pieces of tickets: ASCII the patterns look for, and what they must not trip on (other scripts,
// a surrogate pair, line and other separators, whitespace \s knows).
const PIECES = ['T', '-', 'ZD', 'FD', '1', '23', '4567', 'a', 'b', 'A', 'z', '_', '.', '/', ' ', '!', '#', 'é', 'ß', '€', '😀', '\n', '\r', '\u2028', '\u00a0', '\ufeff', '\t', '\u0000', '\uffff'];

function tickets(seed: number, count: number): string[] {
  const next = random(seed);
  const out = ['', 'T-1', '12345', '12345a', 'ZD-123', 'FD-12345678', 'ZD-12', 'a', 'abc', '1'.repeat(10), '1'.repeat(11), 'x'.repeat(128), '9'.repeat(128)];
  for (let k = 0; k < count; k++) {
    const n = Math.floor(next() * 8);
    out.push(Array.from({ length: n }, () => pick(next, PIECES)).join(''));
  }
  return out;
}

/** Where the matcher and RegExp disagree, and how often RegExp said yes (so a test cannot pass empty). */
function differences(patterns: string[], inputs: string[]): { found: string[]; matches: number; cases: number } {
  const found: string[] = [];
  let matches = 0;
  for (const pattern of patterns) {
    const ours = matcher(pattern);
    const re = new RegExp(pattern);
    for (const input of inputs) {
      const expected = re.test(input);
      if (expected) matches++;
      if (ours.test(input) !== expected) found.push(`${pattern} on ${JSON.stringify(input)}: RegExp says ${expected}`);
    }
  }
  return { found, matches, cases: patterns.length * inputs.length };
}

describe('compileTicketPattern', () => {
  it.each([
    ['(a)\\1', /Backreferences/],
    ['\\k<x>', /Named backreferences/],
    ['(?=T)T', /Lookahead/],
    ['(?!x)T', /Lookahead/],
    ['(?<=T)1', /Lookbehind/],
    ['(?<!T)1', /Lookbehind/],
    ['(?<id>\\d+)', /Named groups .* write \(\?:…\)/],
    ['(?i:t)-1', /groups are \(…\) or \(\?:…\)/],
    ['\\bT', /Word boundaries/],
    ['[\\b]', /\\b in \[...\]/],
    ['\\p{L}+', /Unicode property escapes/],
    ['\\u0041', /write the character itself/],
    ['\\x41', /write the character itself/],
    ['\\q', /\\q is not a supported escape; write q without the backslash/],
    ['/^T-\\d+$/i', /without slashes or flags/],
    ['^T-\\', /lone \\/],
    ['(T-1', /Missing "\)"/],
    ['T-1)', /Unmatched "\)"/],
    ['[0-9', /Missing "\]"/],
    ['[9-0]', /The range 9-0 in \[...\] is out of order/],
    ['[\\d-z]', /cannot start or end with \\d/],
    ['*T', /Nothing to repeat before "\*"/],
    ['T**', /Nothing to repeat/],
    ['T{2}{3}', /Nothing to repeat before "\{3\}"/],
    ['a{3,2}', /The numbers in \{3,2\} are out of order/],
    ['^*T', /\^ and \$ cannot be repeated/],
    ['T{', /Write a literal "\{" as \\\{/],
    ['a{,5}', /Write a literal "\{"/],
    ['T]', /Write a literal "\]" as \\\]/],
    ['\\d{2001}', /more than 2,000 states/],
    ['(?:[A-Z]{1,40}-){1,40}', /more than 2,000 states/],
    ['x'.repeat(201), /at most 200 characters/],
  ])('refuses %j: %s', (pattern, message) => {
    const compiled = compileTicketPattern(pattern);
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.message).toMatch(message);
    expect(checkTicketPattern(pattern)).toMatch(message);
  });

  it(`has a state cap of ${MAX_STATES} that ordinary counts stay far below`, () => {
    expect(MAX_STATES).toBe(2000);
    expect(compileTicketPattern('^[A-Za-z0-9_-]{1,64}(?:\\.[0-9]{1,500})?$').ok).toBe(true);
    expect(compileTicketPattern('a{1999}').ok).toBe(true);
    expect(compileTicketPattern('a{2000}').ok).toBe(false);
  });

  it('treats a body that reads nothing as no work, however large its count', () => {
    expect(matcher('^(?:){1000000000}T$').test('T')).toBe(true);
    expect(matcher('^(?:(?:){99999}){99999}$').test('')).toBe(true);
  });

  it.each([
    ['^(a+)+$', (n: number) => `${'a'.repeat(n)}!`, 'a'.repeat(128)],
    ['^(a|a)*$', (n: number) => `${'a'.repeat(n)}!`, 'a'.repeat(128)],
    ['^(a|aa)+$', (n: number) => `${'a'.repeat(n)}!`, 'a'.repeat(128)],
    ['^(\\d+)*$', (n: number) => `${'1'.repeat(n)}x`, '1'.repeat(128)],
    ['(x+x+)+y', (n: number) => 'x'.repeat(n), `${'x'.repeat(127)}y`],
    ['^(\\w+\\s?)*$', (n: number) => `${'w'.repeat(n)}!`, 'w w '.repeat(32)],
    ['(.*a){20}', (n: number) => `${'x'.repeat(n - 19)}${'a'.repeat(19)}`, 'a'.repeat(128)],
  ])('runs %j in linear time: near misses of 33 to 128 characters are refused at once', (pattern, nearMiss, hit) => {
    const ours = matcher(pattern);
    for (let n = 33; n <= 128; n++) expect(ours.test(nearMiss(n))).toBe(false);
    expect(ours.test(hit)).toBe(true);
  });

  it('gives RegExp’s answer for the README’s and the helpdesks’ patterns on many tickets', () => {
    const patterns = [
      DEFAULT_TICKET_PATTERN,
      '^[0-9]{1,10}$',
      '^T-\\d+$',
      '^(?:ZD|FD)-[0-9]{3,8}$',
      '^#?\\d+$',
      '^[A-Z]{2,4}-\\d{1,6}$',
      '^(ZD|FD)?-?\\d{2,}$',
      '\\d{3}',
      'T',
      '',
      '^$',
      '^',
      '$',
      'a|^b|c$',
      '(^T|D$)',
      'T^',
      '$T',
      '(?:^|-)1',
      '.',
      '^.{3}$',
      '^.*$',
      '[^]',
      '[]',
      '[^\\d\\s]+',
      '[\\w.\\-/]+$',
      '[\\D]',
      '[\\W]',
      '\\S\\s\\S',
      '[-a]',
      '[a-]',
      '[a-c-e]',
      '[--/]',
      '[\\]\\[]',
      '[[]',
      '\\.\\-\\/\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\',
      '\\t|\\n|\\r|\\v|\\f',
      'é+|€|😀',
      '^😀+$',
      '[😀]',
      '[é-ü]',
      'a{0}',
      'a{2}',
      'a{2,}',
      'a{0,2}?',
      '^(?:ab){1,3}$',
      '^(a|)+$',
      '^()*$',
      '(?:)',
      'x*?',
      '^[^\\n]*$',
      '^[A-Za-z0-9_-]{1,64}$|^\\d+$',
    ];
    const { found, matches, cases } = differences(patterns, tickets(10, 400));
    expect(found).toEqual([]);
    expect(matches / cases).toBeGreaterThan(0.2);
    expect(matches / cases).toBeLessThan(0.8);
  });

  it('gives RegExp’s answer for generated patterns on generated tickets', () => {
    const next = random(7);
    const atoms = ['a', 'b', '1', '-', 'é', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '[a-c]', '[^a1]', '[\\d-]', '\\.', '[^]', '[]'];
    const quantifiers = ['', '', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '??', '+?'];
    const gen = (depth: number): string => {
      const items = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        const r = next();
        const atom = r < 0.08 ? '^' : r < 0.16 ? '$' : r < 0.35 && depth < 3 ? `(${next() < 0.5 ? '?:' : ''}${gen(depth + 1)})` : pick(next, atoms);
        return atom === '^' || atom === '$' ? atom : atom + pick(next, quantifiers);
      });
      const seq = items.join('');
      return next() < 0.2 ? `${seq}|${gen(depth + 1)}` : seq;
    };
    const patterns = Array.from({ length: 400 }, () => gen(0));
    const next2 = random(11);
    const inputs = Array.from({ length: 60 }, () =>
      Array.from({ length: Math.floor(next2() * 7) }, () => pick(next2, ['a', 'b', 'c', '1', '-', 'é', ' ', '\n', '.', '😀'])).join(''),
    );
    const { found, matches, cases } = differences(patterns, inputs);
    expect(found).toEqual([]);
    expect(matches / cases).toBeGreaterThan(0.2);
    expect(matches / cases).toBeLessThan(0.8);
  });
});

describe('checkTicketPattern', () => {
  it.each([
    DEFAULT_TICKET_PATTERN,
    '^[0-9]{1,10}$',
    '^T-\\d+$',
    '^(?:ZD|FD)-[0-9]{3,8}$',
    '^[A-Z]+-\\d+$',
    '^\\d{3}-\\d{3}-\\d{4}$',
    '^(\\d{3}-){2}\\d{4}$',
    '^(?:ab)+$',
    '^(a+)?$',
    '^\\d+\\.?\\d*$',
    '^[A-Z]+[0-9]+$',
    '^.*$',
  ])('accepts %j', (pattern) => {
    expect(checkTicketPattern(pattern)).toBeNull();
  });

  it.each([
    ['^(a+)+$', 'Nested repetition in "(a+)+" can take exponential time in other regex engines; repeat a part without its own quantifier, e.g. a+ rather than (a+)+'],
    ['^(\\d+)*$', 'Nested repetition in "(\\d+)*"'],
    ['^(\\d+-)*$', 'Nested repetition in "(\\d+-)*"'],
    ['(x+x+)+y', 'Nested repetition in "(x+x+)+"'],
    ['^(T-\\d?){2,5}$', 'Nested repetition in "(T-\\d?){2,5}"'],
    ['^(?:(?:\\d{1,3})x)*$', 'Nested repetition in "(?:(?:\\d{1,3})x)*"'],
    ['^(a|a)*$', 'Repeated alternatives in "(a|a)*" can take exponential time in other regex engines; repeat a character class instead, e.g. [ab]+ rather than (a|b)+'],
    ['^(a|aa)+$', 'Repeated alternatives in "(a|aa)+"'],
    ['^(?:ZD|FD){1,3}$', 'Repeated alternatives in "(?:ZD|FD){1,3}"'],
    ['^\\d*\\d*\\d*$', '"\\d*" followed by "\\d*" can split the same characters in many ways, which takes polynomial time in other regex engines; use one repeat (e.g. \\d{2,} rather than \\d+\\d+) or make them match different characters'],
    ['^\\w+\\d+$', '"\\w+" followed by "\\d+"'],
    ['^.*.*=', '".*" followed by ".*"'],
    ['^(?:T-\\d+)\\d*$', '"\\d+" followed by "\\d*"'],
    ['^x|[a-z]{1,8}[^0-9]{2,}$', '"[a-z]{1,8}" followed by "[^0-9]{2,}"'],
  ])('refuses %j: %s', (pattern, message) => {
    expect(checkTicketPattern(pattern)).toContain(message);
  });

  it('accepts at request time what it refuses to save, so stored patterns keep working', () => {
    expect(checkTicketPattern('^(a+)+$')).not.toBeNull();
    expect(matcher('^(a+)+$').test('aaaa')).toBe(true);
  });
});

describe('ticketAllowed', () => {
  it.each([
    ['T-1042', undefined, true],
    ['a'.repeat(64), undefined, true],
    ['a'.repeat(65), undefined, false],
    ['T 1042', undefined, false],
    ['', undefined, false],
    ['12345', '^[0-9]{1,10}$', true],
    ['12345a', '^[0-9]{1,10}$', false],
    ['1'.repeat(128), '^\\d+$', true],
    ['1'.repeat(129), '^\\d+$', false],
    ['anything at all', '', true],
    ['T-1', '(?=T)', false],
    [`${'a'.repeat(33)}!`, '^(a+)+$', false],
  ])('%j with pattern %j: %s', (ticket, pattern, allowed) => {
    expect(ticketAllowed(ticket, pattern)).toBe(allowed);
  });
});
