import { describe, expect, it } from 'vitest';
import { countAnswers, emptyCounts } from '../../../shared/metrics';
import { addAspectSums, sumRatings } from '../../../shared/metrics/aspects';
import { compareAgent, subtractCounts } from '../../../shared/metrics/team';

const answers = (csat: number[], k = 1) => countAnswers(Array.from({ length: k }, () => csat.map((c) => ({ csat: c, ces: 6 - c, nps: 2 * c }))).flat());
const ratings = (xs: number[], k = 1) => new Map([['speed', sumRatings(Array.from({ length: k }, () => xs.map((rating) => ({ rating }))).flat())]]);
const plus = <T extends ReturnType<typeof answers>>(a: T, b: T) => subtractCounts(a, subtractCounts(emptyCounts(), b));

describe('subtractCounts', () => {
  it.each([
    ['nothing from nothing', emptyCounts(), emptyCounts(), emptyCounts()],
    ['one answer from itself', answers([5]), answers([5]), emptyCounts()],
    ['one agent from a team of two', plus(answers([5]), answers([1])), answers([1]), answers([5])],
  ])('%s', (_, a, b, expected) => expect(subtractCounts(a, b)).toEqual(expected));
});

describe('compareAgent', () => {
  it.each([
    // agent CSATs, the rest's CSATs, times, expected CSAT comparison
    ['the only agent: nobody to compare with', [5, 4], [], 20, { kind: 'no-data', side: 'before' }],
    ['a single answer', [5], [1, 2, 3], 20, { kind: 'too-few' }],
    ['the same as the rest', [5, 1], [5, 1], 20, { kind: 'within', delta: 0 }],
    ['far above the rest with 40 answers each', [5, 5], [1, 5], 20, { kind: 'change', better: true, delta: 50 }],
    ['far above the rest with 3 answers each: too few', [5, 5, 5], [1, 1, 1], 1, { kind: 'too-few' }],
  ])('%s', (_, mine, rest, k, expected) => {
    const agent = answers(mine, k);
    const team = plus(agent, answers(rest, k));
    expect(compareAgent(agent, team, new Map(), new Map()).csat).toMatchObject(expected);
  });

  it('compares against the rest of the team, not the team with the agent in it', () => {
    const agent = answers([5, 5], 20);
    const team = plus(agent, answers([1, 1], 20));
    const c = compareAgent(agent, team, ratings([5, 5], 20), ratings([5, 5, 1, 1], 20));
    // The rest: 0% satisfied; the whole team would say 50%.
    expect(c.csat).toMatchObject({ kind: 'change', delta: 100 });
    expect(c.aspects.speed).toMatchObject({ kind: 'change', delta: 4, better: true });
    expect(c.ces).toMatchObject({ kind: 'change', better: true }); // less effort
  });

  it('flags an aspect only beyond the margin of the difference', () => {
    const agent = answers([4, 4], 30);
    const team = plus(agent, answers([4, 4], 30));
    // 3.5 against 3.33 with 60 answers each: whichever side of the margin, the flag follows it.
    const own = ratings([4, 3], 30);
    const rest = ratings([4, 3, 3, 4, 3, 3], 10);
    const whole = new Map([['speed', addAspectSums(own.get('speed')!, rest.get('speed')!)]]);
    const c = compareAgent(agent, team, own, whole).aspects.speed!;
    expect(c.kind === 'change' || c.kind === 'within').toBe(true);
    if (c.kind !== 'change' && c.kind !== 'within') return;
    expect(c.kind).toBe(Math.abs(c.delta) > c.margin ? 'change' : 'within');
    // The same agent against a rest exactly like them: within.
    const same = new Map([['speed', addAspectSums(own.get('speed')!, own.get('speed')!)]]);
    expect(compareAgent(agent, team, own, same).aspects.speed).toMatchObject({ kind: 'within', delta: 0 });
  });
});
