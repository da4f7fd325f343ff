// Running a parsed ticket pattern in time linear in the ticket, whatever the pattern: the tree becomes a
// Thompson NFA and a Pike VM moves all its threads one code unit at a time (https://swtch.com/~rsc/regexp/).
import { PatternError, type CharSet, type Node } from './parse';

/** {n,m} is expanded into copies, so the size of the program is what bounds the work per code unit. */
export const MAX_STATES = 2000;

const CHARS = 0; // read one code unit in `sets[pc]`
const SPLIT = 1; // go on at both `a[pc]` and `b[pc]`
const JUMP = 2; // go on at `a[pc]`
const START = 3; // ^: only at position 0 (no m flag)
const END = 4; // $: only at the end of the input
const MATCH = 5;

export interface Program {
  op: number[];
  a: number[];
  b: number[];
  sets: (CharSet | undefined)[];
}

export function build(tree: Node): Program {
  const p: Program = { op: [], a: [], b: [], sets: [] };
  const emit = (op: number, set?: CharSet): number => {
    if (p.op.length >= MAX_STATES) {
      throw new PatternError(`The pattern is too large: it needs more than ${MAX_STATES.toLocaleString('en')} states; use smaller numbers in {n,m}`);
    }
    p.op.push(op);
    p.a.push(0);
    p.b.push(0);
    p.sets.push(set);
    return p.op.length - 1;
  };
  const here = () => p.op.length;

  function gen(node: Node): void {
    switch (node.kind) {
      case 'chars':
        emit(CHARS, node.set);
        return;
      case 'start':
        emit(START);
        return;
      case 'end':
        emit(END);
        return;
      case 'seq':
        for (const item of node.items) gen(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        const last = node.options.length - 1;
        for (let k = 0; k < last; k++) {
          const split = emit(SPLIT);
          p.a[split] = here();
          gen(node.options[k]!);
          jumps.push(emit(JUMP));
          p.b[split] = here();
        }
        gen(node.options[last]!);
        for (const jump of jumps) p.a[jump] = here();
        return;
      }
      case 'repeat':
        return repeat(node.body, node.min, node.max);
    }
  }

  function repeat(body: Node, min: number, max: number): void {
    for (let k = 0; k < min; k++) {
      const at = here();
      gen(body);
      if (here() === at) return; // a body that reads nothing and asserts nothing: every copy is a no-op
    }
    if (max === Infinity) {
      const loop = emit(SPLIT);
      p.a[loop] = here();
      gen(body);
      p.a[emit(JUMP)] = loop;
      p.b[loop] = here();
      return;
    }
    // e{0,3} as (?:e(?:e(?:e)?)?)?: each optional copy may skip to the end.
    const splits: number[] = [];
    for (let k = min; k < max; k++) {
      const split = emit(SPLIT);
      splits.push(split);
      p.a[split] = here();
      const at = here();
      gen(body);
      if (here() === at) break;
    }
    for (const split of splits) p.b[split] = here();
  }

  gen(tree);
  emit(MATCH);
  return p;
}

function has(set: CharSet, c: number): boolean {
  for (let k = 0; k < set.length; k += 2) {
    if (c < set[k]!) return false;
    if (c <= set[k + 1]!) return true;
  }
  return false;
}

/** Same answer as `new RegExp(pattern).test(input)`, in O(input length × program size) steps. */
export function run(p: Program, input: string): boolean {
  // seen[pc] === pos: pc is already among the threads at pos, so no state is visited twice per position.
  const seen = new Int32Array(p.op.length).fill(-1);
  const stack: number[] = [];
  let now: number[] = [];
  let next: number[] = [];

  /** Adds pc and all it reaches at `pos` without reading, keeping the CHARS states; true at MATCH. */
  function add(list: number[], pc: number, pos: number): boolean {
    stack.push(pc);
    while (stack.length) {
      const at = stack.pop()!;
      if (seen[at] === pos) continue;
      seen[at] = pos;
      switch (p.op[at]) {
        case CHARS:
          list.push(at);
          break;
        case SPLIT:
          stack.push(p.b[at]!, p.a[at]!);
          break;
        case JUMP:
          stack.push(p.a[at]!);
          break;
        case START:
          if (pos === 0) stack.push(at + 1);
          break;
        case END:
          if (pos === input.length) stack.push(at + 1);
          break;
        case MATCH:
          stack.length = 0;
          return true;
      }
    }
    return false;
  }

  for (let pos = 0; ; pos++) {
    if (add(now, 0, pos)) return true; // unanchored: a match may begin at any position
    if (pos === input.length) return false;
    const c = input.charCodeAt(pos);
    for (const at of now) if (has(p.sets[at]!, c) && add(next, at + 1, pos + 1)) return true;
    [now, next] = [next, now];
    next.length = 0;
  }
}
