// Alerts, second part of issue #12: response.updated once per real change of the answers, endpoint
// filters, the weekly digest (numbers recomputed here from the rows), and the send-time check of
// where a webhook may go in production (a resolver stands in for DNS).
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DigestData } from '../../shared/api';
import { rebuildSql } from '../../worker/src/db/rollups';
import { deliverDue } from '../../worker/src/webhooks/deliver';
import { teamsMessage } from '../../worker/src/webhooks/formats';
import { queueDigests, weekStart } from '../../worker/src/webhooks/digest';
import { forgetResolved, targetProblem } from '../../worker/src/webhooks/resolve';
import { addUser, call, signIn } from './setup/dashboard';
import { createSite, post, responseBody } from './setup/fixtures';
import { addEndpoint, outbox, receiver, until, useReceiver } from './setup/webhooks';

const DAY = 86_400_000;

useReceiver(async () => {
  await createSite('acme');
});

const events = async () => (await outbox()).map((o) => `${o.event}${o.subject === null ? '' : `#${o.subject}`}`);

describe('response.updated', () => {
  it('happens once per change of the answers: not for the first post, a retried post or the same comment again', async () => {
    await addEndpoint(['response.updated']);
    const body = responseBody({ answers: { nps: 9 } });
    expect((await post(body)).status).toBe(201);
    expect((await post(body)).status).toBe(200); // a retry of the same post
    expect(await events()).toEqual([]);
    await post({ ...body, answers: { comment: 'Grazie' } });
    await post({ ...body, answers: { comment: 'Grazie' } }); // the beacon's retry
    expect(await events()).toEqual(['response.updated#1']);
    await post({ ...body, answers: { nps: 6 } });
    await post({ ...body, answers: { aspects: { speed: 2 } } });
    await post({ ...body, answers: { aspects: { speed: 2 } } });
    expect(await events()).toEqual(['response.updated#1', 'response.updated#2', 'response.updated#3']);
    const last = JSON.parse((await outbox()).at(-1)!.payload as string) as { type: string; data: Record<string, unknown> };
    expect(last).toMatchObject({ type: 'response.updated', data: { id: body.id, nps: 6, comment: 'Grazie', aspects: { speed: 2 } } });
  });

  it('adds nothing to a chat alert still waiting: the alert shows the response as it is when sent', async () => {
    await addEndpoint(['response.negative', 'response.updated'], { format: 'slack' });
    const body = responseBody({ answers: { nps: 2 } });
    await post(body);
    await post({ ...body, answers: { comment: 'Nessuno mi ha richiamato' } });
    expect(await events()).toEqual(['response.negative']);
  });
});

describe('endpoint filters', () => {
  it('sends an endpoint only the answers of its survey, agent and channel', async () => {
    await addEndpoint(['response.created'], { id: 'ep_luca', filter: { agent: 'luca' } });
    await addEndpoint(['response.created'], { id: 'ep_email', filter: { channel: 'email', survey: 'support' } });
    await post(responseBody({ meta: { agent: 'mario', channel: 'chat' } }));
    await post(responseBody({ meta: { agent: 'luca', channel: 'chat' } }));
    await post(responseBody({ meta: { agent: 'mario', channel: 'email' } }));
    await post(responseBody({ survey: 'nps-only', meta: { agent: 'mario', channel: 'email' } }));
    const rows = await outbox();
    const by = (ep: string) => rows.filter((o) => o.endpoint_id === ep).map((o) => JSON.parse(o.payload as string).data as { agent: string; channel: string; survey: string });
    expect(by('ep_luca').map((d) => d.agent)).toEqual(['luca']);
    expect(by('ep_email').map((d) => `${d.survey}/${d.channel}`)).toEqual(['support/email']);
  });
});

describe('followup.updated', () => {
  it('tells who moved which unhappy answer where, in the same batch as the change; a change that changes nothing tells nothing', async () => {
    await addEndpoint(['followup.updated']);
    await addEndpoint(['followup.updated'], { id: 'ep_slack', format: 'slack' });
    await addUser('resp@acme.test', 'a long password', 'responder');
    const responder = await signIn('resp@acme.test', 'a long password');
    const body = responseBody({ answers: { csat: 1, comment: 'Mai più' } });
    await post(body);
    const me = (await (await call(responder, '/api/v1/sites/acme/people')).json()) as { me: string };
    const patch = (json: unknown) => call(responder, `/api/v1/sites/acme/followups/${body.id}`, { method: 'PATCH', json });
    expect((await patch({ status: 'contacted', owner: me.me })).status).toBe(200);
    expect((await patch({ status: 'contacted' })).status).toBe(200); // no change
    const rows = (await outbox()).filter((o) => o.event === 'followup.updated');
    expect(rows).toHaveLength(2); // one per endpoint
    const { data } = JSON.parse(rows.find((o) => o.endpoint_id === 'ep_test')!.payload as string) as { data: Record<string, unknown> };
    expect(data).toMatchObject({
      by: 'resp@acme.test',
      followup: { status: 'contacted', owner: 'resp@acme.test', note: null, previous: { status: 'new', owner: null } },
      response: { id: body.id, csat: 1, comment: 'Mai più', ticket: 'T-1042' },
    });
    await until(async () => receiver.received.length === 2);
    const slack = receiver.received.map((r) => JSON.parse(r.body) as { text?: string }).find((m) => m.text)!;
    expect(slack.text).toMatch(/^Follow-up on ticket T-1042 moved from new to contacted: Status contacted, Owner resp@acme.test, Changed by resp@acme.test/);
  });
});

describe('digest.weekly', () => {
  // A Monday 09:00 UTC, and the two weeks before it.
  const monday = weekStart(Date.parse('2026-11-25T12:00:00Z')) + 9 * 3_600_000;
  const lastWeek = weekStart(monday) - 7 * DAY;
  const weekBefore = lastWeek - 7 * DAY;

  async function answers(at: number, agent: string, csat: number, nps: number, n: number): Promise<void> {
    await env.DB.prepare(
      `INSERT INTO responses (id, site_id, survey_id, ticket, csat, nps, source, agent, channel, created_at, updated_at)
       SELECT lower(hex(randomblob(16))), 'acme', 'support', 'T-' || value, ?1, ?2, 'widget', ?3, 'chat', ?4 + value * 60000, ?4 + value * 60000
         FROM json_each(?5)`,
    )
      .bind(csat, nps, agent, at, JSON.stringify(Array.from({ length: n }, (_, i) => i)))
      .run();
  }

  beforeEach(async () => {
    // The week before: everyone satisfied. Last week: giulia and mario still are, luca's customers are not.
    await answers(weekBefore + DAY, 'giulia', 5, 10, 40);
    await answers(lastWeek + DAY, 'giulia', 5, 10, 25);
    await answers(lastWeek + 2 * DAY, 'mario', 4, 8, 22);
    await answers(lastWeek + 3 * DAY, 'luca', 1, 2, 30);
    await answers(lastWeek + 4 * DAY, 'anna', 1, 0, 5); // too few to rank
    await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
  });

  it('queues last week’s numbers, changes beyond the margin, agents with enough answers and the new follow-ups, once per week', async () => {
    await addEndpoint(['digest.weekly'], { createdAt: weekBefore });
    expect(await queueDigests(env.DB, weekStart(monday) + 7.9 * 3_600_000, null)).toBe(0); // before 08:00
    expect(await queueDigests(env.DB, monday, 'https://voce.acme.test')).toBe(1);
    expect(await queueDigests(env.DB, monday + 3_600_000, null)).toBe(0); // once per week
    const [row] = await outbox();
    expect(row).toMatchObject({ event: 'digest.weekly', subject: new Date(lastWeek).toISOString().slice(0, 10), response_id: null });
    const { type, data } = JSON.parse(row!.payload as string) as { type: string; data: DigestData };
    expect(type).toBe('digest.weekly');
    expect(data.week).toEqual({ from: '2026-11-16', to: '2026-11-22', timeZone: 'UTC' });
    // Recomputed by hand: 82 answers; CSAT satisfied (4–5) = 25 + 22 of 82; NPS (25 − 35) / 82.
    expect(data.current.responses).toBe(82);
    expect(data.current.csat).toMatchObject({ n: 82, percent: (100 * 47) / 82 });
    expect(data.current.nps!.score).toBeCloseTo((100 * (25 - 35)) / 82, 10);
    expect(data.previous).toMatchObject({ responses: 40, csat: { n: 40, percent: 100 } });
    expect(data.changes.map((c) => [c.metric, c.better])).toEqual([['nps', false], ['csat', false]]);
    // Ranked: the top half (at most 3) and the rest from the bottom; anna's 5 answers are too few.
    expect(data.agents.best.map((a) => a.agent)).toEqual(['giulia', 'mario']);
    expect(data.agents.worst.map((a) => [a.agent, a.n, a.percent])).toEqual([['luca', 30, 0]]);
    expect(data.followUps).toEqual({ new: 35, capped: false, days: 30 });
    expect(data.link).toBe('https://voce.acme.test/dashboard/?site=acme&from=2026-11-16&to=2026-11-22');
  });

  it('starts an endpoint added after Monday 08:00 next week, and renders the digest for Slack', async () => {
    await addEndpoint(['digest.weekly'], { id: 'ep_late', createdAt: weekStart(monday) + 8.5 * 3_600_000 });
    await addEndpoint(['digest.weekly'], { id: 'ep_slack', format: 'slack', createdAt: weekBefore });
    expect(await queueDigests(env.DB, monday, null)).toBe(1);
    await deliverDue(env.DB, { local: true, now: monday });
    expect(receiver.received).toHaveLength(1);
    const msg = JSON.parse(receiver.received[0]!.body) as { text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(msg.text).toMatch(/^Weekly digest for Site acme, 2026-11-16 to 2026-11-22 \(UTC\): Answers 82, NPS -12 ±\d+ \(n=82\), CSAT 57% ±\d+ \(n=82\)/);
    const lines = msg.blocks.find((b) => b.type === 'section' && b.text)!.text!.text;
    expect(lines).toContain('CSAT worsened: 100% → 57%');
    expect(lines).toContain('Highest CSAT: giulia 100% (n=25), mario 100% (n=22)');
    expect(lines).toContain('Lowest CSAT: luca 0% (n=30)');
  });
});

describe('chat messages', () => {
  it('lets no text from an answer make a link in a Teams card: ticket, agent and channel are read as Markdown there', () => {
    const link = '[Reset your password](https://evil.example)';
    const msg = teamsMessage('response.negative', { id: 'r1', site_id: 'acme', ticket: link, agent: link, channel: link, lang: 'it', nps: 0, csat: null, ces: null, comment: link }, null) as {
      attachments: { content: { body: { type: string; text?: string; facts?: { value: string }[]; items?: { type: string }[] }[] } }[];
    };
    const body = msg.attachments[0]!.content.body;
    // Everything read as Markdown: TextBlocks and fact values. The comment goes in RichTextBlocks, which read none.
    const markdown = body.flatMap((b) => (b.type === 'TextBlock' ? [b.text!] : (b.facts ?? []).map((f) => f.value)));
    expect(markdown.filter((t) => t.includes('evil.example'))).toHaveLength(4); // title, ticket, agent, channel
    for (const t of markdown) expect(t).not.toMatch(/\]\(https?:/);
    expect(body.find((b) => b.type === 'Container')!.items!.map((i) => i.type)).toEqual(['RichTextBlock']);
  });
});

describe('where a webhook may go, checked when it is sent', () => {
  const resolver = (answers: Record<string, string[]>) => {
    const calls: string[] = [];
    const resolve = async (name: string, type: 'A' | 'AAAA') => {
      calls.push(`${name}/${type}`);
      return { addresses: answers[`${name}/${type}`] ?? [], ttl: 300 };
    };
    return { calls, resolve };
  };
  beforeEach(() => forgetResolved());

  it('refuses a host name that resolves to a private, loopback or link-local address in production', async () => {
    const dns = resolver({
      'hooks.acme.test/A': ['93.184.216.34'],
      'internal.acme.test/A': ['93.184.216.34', '10.0.0.7'],
      'metadata.acme.test/A': ['169.254.169.254'],
      'six.acme.test/AAAA': ['::1'],
      'ula.acme.test/AAAA': ['fd00::1'],
    });
    expect(await targetProblem('https://hooks.acme.test/v', false, dns.resolve)).toBeNull();
    expect(await targetProblem('https://internal.acme.test/v', false, dns.resolve)).toMatch(/private address \(10\.0\.0\.7\)/);
    expect(await targetProblem('https://metadata.acme.test/v', false, dns.resolve)).toMatch(/169\.254\.169\.254/);
    expect(await targetProblem('https://six.acme.test/v', false, dns.resolve)).toMatch(/::1/);
    expect(await targetProblem('https://ula.acme.test/v', false, dns.resolve)).toMatch(/fd00::1/);
    expect(await targetProblem('https://nowhere.acme.test/v', false, dns.resolve)).toMatch(/no address/);
    // The URL rules still hold, whatever DNS says; and answers are remembered for their TTL.
    expect(await targetProblem('http://hooks.acme.test/v', false, dns.resolve)).toMatch(/https/);
    const before = dns.calls.length;
    expect(await targetProblem('https://hooks.acme.test/other', false, dns.resolve)).toBeNull();
    expect(dns.calls).toHaveLength(before);
  });

  it('records a refused try like any failed one, and sends nothing', async () => {
    receiver.answers = [503];
    await addEndpoint(['response.negative']);
    await post(responseBody({ answers: { nps: 0 } }));
    await until(async () => (await outbox())[0]!.attempts === 1);
    await env.DB.prepare("UPDATE webhook_endpoints SET url = 'https://10.1.2.3/voce'").run(); // written by hand, past the checks
    const [row] = await outbox();
    await deliverDue(env.DB, { local: false, now: row!.next_at as number });
    expect(receiver.received).toHaveLength(1); // the first try only
    expect((await outbox())[0]).toMatchObject({ status: 'pending', attempts: 2, last_status: null });
    expect((await outbox())[0]!.last_error).toMatch(/^Not sent: Must be a public host/);
    const tries = await env.DB.prepare('SELECT status, error FROM webhook_attempts ORDER BY id').all<{ status: number | null; error: string | null }>();
    expect(tries.results.map((t) => t.status ?? t.error!.slice(0, 9))).toEqual([503, 'Not sent:']);
  });
});
