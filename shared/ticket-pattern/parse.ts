// Reading a ticket pattern: the part of JavaScript regex syntax ticket IDs need, into a small tree.
// No flags, so characters are UTF-16 code units as in `new RegExp(pattern)`; the rest is refused.

/** Sorted, disjoint, non-touching ranges of UTF-16 code units, flattened: [from, to, from, to, …]. */
export type CharSet = number[];

export type Node =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number; src: string };

/** A pattern this module will not run, with a message for the person who wrote it. */
export class PatternError extends Error {}

export const MAX_PATTERN_LENGTH = 200;

const DIGIT: CharSet = [0x30, 0x39];
const WORD: CharSet = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
// WhiteSpace and LineTerminator of ECMA-262, which is what \s means.
const SPACE: CharSet = [0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const LINE_TERMINATORS: CharSet = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];
const CLASS_ESCAPES: Record<string, CharSet> = { d: DIGIT, w: WORD, s: SPACE };
const CONTROL: Record<string, number> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

export function normalize(pairs: number[]): CharSet {
  const ranges: [number, number][] = [];
  for (let k = 0; k < pairs.length; k += 2) ranges.push([pairs[k]!, pairs[k + 1]!]);
  ranges.sort((x, y) => x[0] - y[0]);
  const out: CharSet = [];
  for (const [from, to] of ranges) {
    if (out.length && from <= out[out.length - 1]! + 1) out[out.length - 1] = Math.max(out[out.length - 1]!, to);
    else out.push(from, to);
  }
  return out;
}

export function complement(set: CharSet): CharSet {
  const out: CharSet = [];
  let next = 0;
  for (let k = 0; k < set.length; k += 2) {
    if (set[k]! > next) out.push(next, set[k]! - 1);
    next = set[k + 1]! + 1;
  }
  if (next <= 0xffff) out.push(next, 0xffff);
  return out;
}

export function parse(pattern: string): Node {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`A ticket pattern has at most ${MAX_PATTERN_LENGTH} characters`);
  if (/^\/.+\/[a-z]*$/s.test(pattern)) {
    throw new PatternError('Write the pattern without slashes or flags around it, e.g. ^T-\\d+$ rather than /^T-\\d+$/i');
  }
  let i = 0;
  const fail = (message: string): never => {
    throw new PatternError(message);
  };

  function alternation(): Node {
    const options = [sequence()];
    while (pattern[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') items.push(term());
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  }

  function term(): Node {
    const from = i;
    const body = atom();
    let min: number;
    let max: number;
    const c = pattern[i];
    const braces = c === '{' ? QUANTIFIER.exec(pattern.slice(i)) : null;
    if (c === '*' || c === '+' || c === '?') {
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      i++;
    } else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      if (max < min) fail(`The numbers in ${braces[0]} are out of order`);
      i += braces[0].length;
    } else return body;
    if (pattern[from] === '^' || pattern[from] === '$') fail('^ and $ cannot be repeated'); // (?:$)* can, as in RegExp
    if (pattern[i] === '?') i++; // lazy: only whether there is a match matters, so it changes nothing
    return { kind: 'repeat', body, min, max, src: pattern.slice(from, i) };
  }

  function atom(): Node {
    const c = pattern[i++]!;
    switch (c) {
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '.':
        return { kind: 'chars', set: complement(LINE_TERMINATORS) };
      case '(':
        return group();
      case '[':
        return charClass();
      case '\\':
        return { kind: 'chars', set: escape(false).set };
      case '*':
      case '+':
      case '?':
        return fail(`Nothing to repeat before "${c}"; write \\${c} for the character itself`);
      case '{': {
        const braces = QUANTIFIER.exec(pattern.slice(i - 1));
        return fail(braces ? `Nothing to repeat before "${braces[0]}"` : 'Write a literal "{" as \\{');
      }
      case '}':
      case ']':
        return fail(`Write a literal "${c}" as \\${c}`);
      default:
        return { kind: 'chars', set: [c.charCodeAt(0), c.charCodeAt(0)] };
    }
  }

  function group(): Node {
    if (pattern.startsWith('?:', i)) i += 2;
    else if (pattern[i] === '?') {
      const rest = pattern.slice(i);
      if (rest.startsWith('?=') || rest.startsWith('?!')) fail('Lookahead (?=…) and (?!…) is not supported');
      if (rest.startsWith('?<=') || rest.startsWith('?<!')) fail('Lookbehind (?<=…) and (?<!…) is not supported');
      if (rest.startsWith('?<')) fail('Named groups (?<name>…) are not supported; write (?:…)');
      fail(`"(${rest.slice(0, 2)}" is not supported; groups are (…) or (?:…)`);
    }
    const body = alternation();
    if (pattern[i] !== ')') fail('Missing ")"');
    i++;
    return body;
  }

  function charClass(): Node {
    const negate = pattern[i] === '^';
    if (negate) i++;
    const pairs: number[] = [];
    while (pattern[i] !== ']') {
      if (i >= pattern.length) fail('Missing "]"');
      const from = classAtom();
      if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
        i++;
        const to = classAtom();
        if (from.code === undefined || to.code === undefined) fail('A range in [...] cannot start or end with \\d, \\w or \\s');
        if (to.code! < from.code!) fail(`The range ${String.fromCharCode(from.code!)}-${String.fromCharCode(to.code!)} in [...] is out of order`);
        pairs.push(from.code!, to.code!);
      } else pairs.push(...from.set);
    }
    i++;
    const set = normalize(pairs);
    return { kind: 'chars', set: negate ? complement(set) : set };
  }

  function classAtom(): { set: CharSet; code?: number } {
    if (pattern[i] === '\\') {
      i++;
      return escape(true);
    }
    const code = pattern.charCodeAt(i++);
    return { set: [code, code], code };
  }

  /** After a backslash: a class such as \d (no `code`), or one character. */
  function escape(inClass: boolean): { set: CharSet; code?: number } {
    const c = pattern[i++];
    if (c === undefined) return fail('The pattern ends with a lone \\');
    const lower = c.toLowerCase();
    const named = CLASS_ESCAPES[lower];
    if (named) return { set: c === lower ? named : complement(named) };
    const code = CONTROL[c] ?? (/[A-Za-z0-9]/.test(c) ? undefined : c.charCodeAt(0));
    if (code !== undefined) return { set: [code, code], code };
    if (c === 'b' || c === 'B') fail(inClass ? '\\b in [...] is not supported' : 'Word boundaries \\b and \\B are not supported');
    if (c >= '1' && c <= '9') fail(`Backreferences such as \\${c} are not supported`);
    if (c === 'k') fail('Named backreferences \\k<name> are not supported');
    if (c === 'p' || c === 'P') fail('Unicode property escapes such as \\p{L} are not supported');
    if (c === 'u' || c === 'x' || c === '0' || c === 'c') fail(`Escapes such as \\${c}… are not supported; write the character itself`);
    return fail(`\\${c} is not a supported escape; write ${c} without the backslash`);
  }

  const tree = alternation();
  if (i < pattern.length) fail('Unmatched ")"; write \\) for the character itself');
  return tree;
}
