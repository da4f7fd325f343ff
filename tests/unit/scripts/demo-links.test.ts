import { describe, expect, it } from 'vitest';
import { demoResponses } from '../../../scripts/lib/demo-data.mjs';
import { demoLinks, demoLinksSql } from '../../../scripts/lib/demo-links.mjs';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const OPTIONS = { now: NOW, count: 3000, days: 90, seed: 42 };
const responses = demoResponses(OPTIONS);
const links = demoLinks({ ...OPTIONS, responses });

describe('demo links', () => {
  it('give every signed email answer the link it came through, with the answer’s ticket, agent, channel and time', () => {
    const email = responses.filter((r) => r.source === 'email' && r.verified === 1);
    const answered = links.filter((l) => l.answered_at !== null);
    expect(answered).toHaveLength(email.length);
    const byTicket = new Map(answered.map((l) => [l.ticket, l]));
    for (const r of email) {
      expect(byTicket.get(r.ticket)).toMatchObject({ agent: r.agent, channel: r.channel, customer: r.customer, lang: r.lang, answered_at: r.created_at });
    }
  });

  it('make a plausible funnel: issued > opened > answered, near 50% opened and 27% answered', () => {
    const issued = links.length;
    const opened = links.filter((l) => l.opened_at !== null).length;
    const answered = links.filter((l) => l.answered_at !== null).length;
    expect(issued).toBeGreaterThan(opened);
    expect(opened).toBeGreaterThan(answered);
    expect(answered / issued).toBeGreaterThan(0.22);
    expect(answered / issued).toBeLessThan(0.32);
    expect(opened / issued).toBeGreaterThan(0.4);
    expect(opened / issued).toBeLessThan(0.6);
  });

  it('keep each link’s times in order, in the past, and answered links opened', () => {
    for (const l of links) {
      expect(l.created_at).toBeGreaterThan(NOW - 93 * DAY);
      if (l.opened_at !== null) expect(l.opened_at).toBeGreaterThanOrEqual(l.created_at);
      expect(l.opened_at ?? 0).toBeLessThanOrEqual(NOW);
      if (l.answered_at !== null) {
        expect(l.opened_at).not.toBeNull();
        expect(l.answered_at).toBeGreaterThanOrEqual(l.opened_at!);
      }
      expect(l.expires_at - l.created_at).toBe(30 * DAY);
    }
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    expect(new Set(links.map((l) => l.ticket)).size).toBe(links.length);
  });

  it('are the same for the same options, as INSERT statements of at most 100 rows', () => {
    expect(demoLinks({ ...OPTIONS, responses })).toEqual(links);
    const { sql, count } = demoLinksSql({ ...OPTIONS, responses });
    expect(count).toBe(links.length);
    expect(sql).toHaveLength(Math.ceil(links.length / 100));
    expect(sql[0]).toMatch(/^INSERT INTO links \(id, site_id, survey_id, ticket, agent, channel, customer, lang, created_at, expires_at, opened_at, answered_at\) VALUES\n/);
  });
});
