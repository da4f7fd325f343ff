// Ticket patterns of template links (issue #10): the regex a site admin sets for the ticket IDs that
// /s/<site>/<ticket> accepts. Run by RegExp, ^(a+)+$ stalled the whole isolate on one 34-character ticket,
// so patterns run on a linear-time matcher, and saving one refuses shapes that backtrack elsewhere.
import { build, MAX_STATES, run } from './match';
import { MAX_PATTERN_LENGTH, parse, PatternError, type CharSet, type Node } from './parse';

export { MAX_PATTERN_LENGTH, MAX_STATES };

export const DEFAULT_TICKET_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const MAX_TICKET_LENGTH = 128;

export type CompiledPattern = { ok: true; test(ticket: string): boolean } | { ok: false; message: string };

/** Syntax and size only: what requests use, so even a risky pattern stored earlier runs in linear time. */
export function compileTicketPattern(pattern: string): CompiledPattern {
  try {
    const program = build(parse(pattern));
    return { ok: true, test: (ticket) => run(program, ticket) };
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * What saving a pattern uses: null when it is fine, else why not. Beyond what compiling refuses, it
 * refuses shapes that backtrack catastrophically in ordinary regex engines, so a saved pattern is
 * safe wherever it is pasted: a part repeated more than once that itself holds a choice (a quantifier
 * such as + or {1,3}, or |), and two repeats in a row that can match the same characters.
 */
export function checkTicketPattern(pattern: string): string | null {
  try {
    const tree = parse(pattern);
    build(tree);
    return risk(tree);
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

/** Whether a template link's ticket is acceptable; false for a pattern that does not compile. */
export function ticketAllowed(ticket: string, pattern: string | undefined): boolean {
  if (ticket.length > MAX_TICKET_LENGTH) return false;
  const compiled = compileTicketPattern(pattern ?? DEFAULT_TICKET_PATTERN);
  return compiled.ok && compiled.test(ticket);
}

function risk(node: Node): string | null {
  switch (node.kind) {
    case 'repeat': {
      const choice = node.max > 1 ? firstChoice(node.body) : null;
      if (choice?.kind === 'alt') {
        return `Repeated alternatives in "${node.src}" can take exponential time in other regex engines; repeat a character class instead, e.g. [ab]+ rather than (a|b)+`;
      }
      if (choice) {
        return `Nested repetition in "${node.src}" can take exponential time in other regex engines; repeat a part without its own quantifier, e.g. a+ rather than (a+)+`;
      }
      return risk(node.body);
    }
    case 'alt':
      return node.options.map(risk).find((m) => m !== null) ?? null;
    case 'seq':
      return adjacentRepeats(node.items) ?? node.items.map(risk).find((m) => m !== null) ?? null;
    default:
      return null;
  }
}

/** The first alternation or variable repetition (min < max) in `node`, itself included. */
function firstChoice(node: Node): Node | null {
  if (node.kind === 'alt' || (node.kind === 'repeat' && node.min < node.max)) return node;
  if (node.kind === 'repeat') return firstChoice(node.body);
  if (node.kind === 'seq') return node.items.map(firstChoice).find((c) => c !== null) ?? null;
  return null;
}

/**
 * \d+\d* and the like: a backtracking engine tries every split of n digits between the two (n ways;
 * three in a row, n²) before giving up on a near miss.
 */
function adjacentRepeats(items: Node[]): string | null {
  const flatten = (list: Node[]): Node[] => list.flatMap((item) => (item.kind === 'seq' ? flatten(item.items) : [item])); // (?:a+)b* reads as a+b*
  const flat = flatten(items);
  for (let k = 1; k < flat.length; k++) {
    const [a, b] = [flat[k - 1]!, flat[k]!];
    const [x, y] = [repeatedChars(a), repeatedChars(b)];
    if (x && y && overlaps(x, y) && a.kind === 'repeat' && b.kind === 'repeat') {
      return `"${a.src}" followed by "${b.src}" can split the same characters in many ways, which takes polynomial time in other regex engines; use one repeat (e.g. \\d{2,} rather than \\d+\\d+) or make them match different characters`;
    }
  }
  return null;
}

/** The characters of a variable repeat of one character, such as \d+ or [a-z]{1,8}. */
function repeatedChars(node: Node): CharSet | null {
  return node.kind === 'repeat' && node.min < node.max && node.max > 1 && node.body.kind === 'chars' ? node.body.set : null;
}

function overlaps(x: CharSet, y: CharSet): boolean {
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i + 1]! < y[j]!) i += 2;
    else if (y[j + 1]! < x[i]!) j += 2;
    else return true;
  }
  return false;
}
