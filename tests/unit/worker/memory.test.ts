// The isolate's bounded memory of sites and surveys (worker/src/db/memory.ts): expiry, the entry and
// byte bounds that keep a flood of distinct keys from growing it, and forgetting a site everywhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetSite, IsolateMemory, TTL_MS } from '../../../worker/src/db/memory';

afterEach(() => vi.useRealTimers());

describe('IsolateMemory', () => {
  it('answers from memory for TTL_MS, then not', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const m = new IsolateMemory<string>(10);
    m.set('acme/support', 'acme', 'v1');
    vi.setSystemTime(Date.now() + TTL_MS - 1);
    expect(m.get('acme/support')).toBe('v1');
    vi.setSystemTime(Date.now() + 1);
    expect(m.get('acme/support')).toBeUndefined();
  });

  it('keeps at most maxEntries, forgetting the oldest first', () => {
    const m = new IsolateMemory<number>(100);
    for (let i = 0; i < 10_000; i++) m.set(`site-${i}/`, `site-${i}`, i);
    expect(m.get('site-9899/')).toBeUndefined();
    expect(m.get('site-9900/')).toBe(9900);
    expect(m.get('site-9999/')).toBe(9999);
  });

  it('keeps at most maxBytes, counting what an entry grows by', () => {
    const m = new IsolateMemory<{ n: number }>(100, 1000);
    const a = { n: 1 };
    m.set('a', 'acme', a, 400);
    m.set('b', 'acme', { n: 2 }, 400);
    m.grow('a', a, 300); // a is now 700 bytes: over 1000 in all, so the oldest (a) goes
    expect(m.get('a')).toBeUndefined();
    expect(m.get('b')).toEqual({ n: 2 });
    m.set('huge', 'acme', { n: 3 }, 5000); // larger than the whole budget: not kept at all
    expect(m.get('huge')).toBeUndefined();
  });

  it('forgets every entry of a site in every memory, and only that site', () => {
    const one = new IsolateMemory<string>(10);
    const two = new IsolateMemory<string>(10);
    one.set('acme/support', 'acme', 'x');
    two.set('acme/', 'acme', 'y');
    two.set('acme-shop/', 'acme-shop', 'z');
    forgetSite('acme');
    expect(one.get('acme/support')).toBeUndefined();
    expect(two.get('acme/')).toBeUndefined();
    expect(two.get('acme-shop/')).toBe('z');
  });
});
