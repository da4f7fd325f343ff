import { describe, expect, it } from 'vitest';
import { demoResponses } from '../../../scripts/lib/demo-data.mjs';
import { demoLinks } from '../../../scripts/lib/demo-links.mjs';
import { demoTicketFacts, demoTicketFactsSql, unhappiness } from '../../../scripts/lib/demo-tickets.mjs';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const OPTIONS = { now: NOW, count: 3000, days: 90, seed: 42 };
const responses = demoResponses(OPTIONS);
const links = demoLinks({ ...OPTIONS, responses });
const facts = demoTicketFacts({ ...OPTIONS, responses, links });
const byTicket = new Map(facts.map((f) => [f.ticket, f]));
const solved = facts.filter((f) => f.status !== 'open');
const firstResponse = (ticket: string) => {
  const f = byTicket.get(ticket)!;
  return (f.first_response_at! - f.created_at) / MINUTE;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CSAT % (4–5 of 1–5) of the answers whose ticket passes `test`, and how many answers that is. */
function csatWhere(test: (ticket: string) => boolean): { percent: number; n: number } {
  const rated = responses.filter((r) => r.csat !== null && test(r.ticket));
  return { percent: (100 * rated.filter((r) => r.csat! >= 4).length) / rated.length, n: rated.length };
}

describe('demo ticket facts', () => {
  it.each([
    [{ nps: 10, csat: 1, ces: 5 }, 0],
    [{ nps: 0, csat: 5, ces: 1 }, 1],
    [{ nps: null, csat: 5, ces: 5 }, 0],
    [{ nps: null, csat: null, ces: 5 }, 1],
  ])('read how unhappy an answer was from its NPS first, else CSAT, else CES: %j → %d', (scores, expected) => {
    expect(unhappiness(scores)).toBe(expected);
  });

  it('give every answered ticket its facts, with the answer’s agent and channel, solved before the answer', () => {
    for (const r of responses) {
      const f = byTicket.get(r.ticket);
      expect(f).toMatchObject({ site_id: 'demo', agent: r.agent, channel: r.channel });
      expect(['solved', 'closed']).toContain(f!.status);
      expect(f!.solved_at).toBeLessThanOrEqual(r.created_at);
    }
  });

  it('keep each ticket’s times in order and in the past, with at least one reply on a solved ticket', () => {
    for (const f of facts) {
      expect(f.created_at).toBeLessThanOrEqual(NOW);
      if (f.first_response_at !== null) expect(f.first_response_at).toBeGreaterThanOrEqual(f.created_at);
      if (f.solved_at !== null) {
        expect(f.solved_at).toBeGreaterThanOrEqual(f.first_response_at!);
        expect(f.solved_at).toBeLessThanOrEqual(NOW);
        expect(f.agent_replies).toBeGreaterThanOrEqual(1);
      }
      for (const c of ['created_at', 'first_response_at', 'solved_at', 'updated_at'] as const) if (f[c] !== null) expect(Number.isInteger(f[c])).toBe(true);
    }
  });

  it('leave most solved tickets unanswered (a response rate near a third) and a few dozen open', () => {
    const rate = responses.length / solved.length;
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.45);
    const open = facts.filter((f) => f.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(24);
    expect(open.length).toBeLessThanOrEqual(60);
    for (const f of open) expect(f.solved_at).toBeNull();
  });

  it('make slow first replies, many replies and reopens come with clearly lower CSAT', () => {
    const fast = csatWhere((t) => firstResponse(t) < 60);
    const slow = csatWhere((t) => firstResponse(t) >= 240);
    expect(fast.n).toBeGreaterThan(300);
    expect(slow.n).toBeGreaterThan(100);
    expect(fast.percent - slow.percent).toBeGreaterThan(15);
    expect(csatWhere((t) => byTicket.get(t)!.agent_replies === 1).percent - csatWhere((t) => byTicket.get(t)!.agent_replies >= 3).percent).toBeGreaterThan(15);
    expect(csatWhere((t) => byTicket.get(t)!.reopens === 0).percent - csatWhere((t) => byTicket.get(t)!.reopens > 0).percent).toBeGreaterThan(10);
  });

  it('give detractors slower first replies than promoters', () => {
    const of = (test: (nps: number) => boolean) => median(responses.filter((r) => r.nps !== null && test(r.nps)).map((r) => firstResponse(r.ticket)));
    expect(of((n) => n <= 6)).toBeGreaterThan(2 * of((n) => n >= 9));
  });

  it('give Luca, the agent with the unhappiest customers, the fastest first replies', () => {
    const medianOf = (agent: string) => median(solved.filter((f) => f.agent === agent).map((f) => firstResponse(f.ticket)));
    for (const other of ['giulia', 'mario', 'sara', 'emma', 'james']) expect(medianOf('luca')).toBeLessThan(medianOf(other));
  });

  it('are the same for the same options, as INSERT statements of at most 100 rows', () => {
    expect(demoTicketFacts({ ...OPTIONS, responses, links })).toEqual(facts);
    const { sql, count } = demoTicketFactsSql({ ...OPTIONS, responses, links });
    expect(count).toBe(facts.length);
    expect(sql).toHaveLength(Math.ceil(facts.length / 100));
    expect(sql[0]).toMatch(/^INSERT INTO ticket_facts \(site_id, ticket, status, created_at, first_response_at, solved_at, agent_replies, customer_replies, reopens, agent, channel, grp, priority, updated_at\) VALUES\n/);
  });
});
