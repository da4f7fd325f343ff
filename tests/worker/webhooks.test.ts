// Webhooks, first slice of issue #12: the event is written to the outbox in the same D1 batch as the
// answer, sent after the commit with Standard Webhooks headers, tried again with the same webhook-id
// on the SPEC's schedule, and a 410 disables the endpoint. The receiver is fetchMock; the signature
// is checked with the reference algorithm (setup/webhooks.ts), not with the worker's code.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { webhookUrlProblem } from '../../shared/schemas';
import { erase } from '../../worker/src/db/browse';
import { deliverDue, RETRY_MS } from '../../worker/src/webhooks/deliver';
import { createSite, post, responseBody } from './setup/fixtures';
import { addEndpoint, expectedSignature, outbox, receiver, until, useReceiver } from './setup/webhooks';

useReceiver(async () => {
  await createSite('acme');
});

describe('webhooks: the outbox and its delivery', () => {
  it('writes a detractor’s events with the answer and delivers them signed, within seconds', async () => {
    await addEndpoint(['response.created', 'response.negative']);
    const body = responseBody({ answers: { nps: 2 } });
    expect((await post(body)).status).toBe(201);
    // In the outbox as soon as the answer is stored: the same batch wrote both.
    expect((await outbox()).map((o) => o.event).sort()).toEqual(['response.created', 'response.negative']);
    await until(async () => (await outbox()).every((o) => o.status === 'delivered'));
    expect(receiver.received).toHaveLength(2);
    for (const r of receiver.received) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
      expect(r.headers['webhook-signature']).toBe(await expectedSignature(r.headers['webhook-id']!, r.headers['webhook-timestamp']!, r.body));
      const event = JSON.parse(r.body) as { type: string; data: { id: string; nps: number; agent: string } };
      expect(event.data).toMatchObject({ id: body.id, nps: 2, agent: 'mario' });
    }
  });

  it('adds no second event when the same response gets its comment later, and none for a happy customer', async () => {
    await addEndpoint(['response.negative']);
    const body = responseBody({ answers: { nps: 3 } });
    await post(body);
    await post({ ...body, answers: { comment: 'Still waiting' } });
    await post(responseBody({ answers: { nps: 10 } }));
    expect((await outbox()).map((o) => o.event)).toEqual(['response.negative']);
  });

  it('tries again with the same webhook-id after a 503, on the schedule, until a 2xx', async () => {
    receiver.answers = [503, 503, 200];
    await addEndpoint(['response.negative']);
    await post(responseBody({ answers: { csat: 1 } }));
    await until(async () => (await outbox())[0]!.attempts === 1);
    let row = (await outbox())[0]!;
    expect(row).toMatchObject({ status: 'pending', last_status: 503 });
    const first = row.last_at as number;
    expect(row.next_at).toBe(first + RETRY_MS[0]!);
    expect(await deliverDue(env.DB, { local: true, now: first + 1000 })).toEqual([]); // not due yet
    await deliverDue(env.DB, { local: true, now: first + RETRY_MS[0]! });
    row = (await outbox())[0]!;
    expect(row).toMatchObject({ status: 'pending', attempts: 2, next_at: first + RETRY_MS[0]! + RETRY_MS[1]! });
    await deliverDue(env.DB, { local: true, now: first + RETRY_MS[0]! + RETRY_MS[1]! });
    expect((await outbox())[0]).toMatchObject({ status: 'delivered', attempts: 3, last_status: 200 });
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(receiver.received).toHaveLength(3);
  });

  it('disables the endpoint on 410 and writes no more events for it', async () => {
    receiver.answers = [410];
    await addEndpoint(['response.negative']);
    await post(responseBody({ answers: { ces: 5 } }));
    await until(async () => (await outbox())[0]!.status === 'failed');
    const ep = await env.DB.prepare("SELECT disabled_at FROM webhook_endpoints WHERE id = 'ep_test'").first<{ disabled_at: number | null }>();
    expect(ep!.disabled_at).toBeGreaterThan(0);
    await post(responseBody({ answers: { ces: 5 } }));
    expect(await outbox()).toHaveLength(1);
  });

  it('accepts https to public hosts only; http only to this machine, and only in local development', () => {
    expect(webhookUrlProblem('https://hooks.slack.com/services/x', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', true)).toBeNull();
    for (const url of ['http://hooks.example.com/x', 'http://127.0.0.1:9000/hook', 'https://10.0.0.5/x', 'https://192.168.1.1/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://localhost/x', 'https://printer.local/x', 'https://user:pw@hooks.example.com/x', 'ftp://x.example.com']) {
      expect(webhookUrlProblem(url, false), url).not.toBeNull();
    }
    expect(webhookUrlProblem('http://hooks.example.com/x', true)).not.toBeNull();
  });
});

describe('webhooks: Slack and Teams messages', () => {
  const chatEndpoint = (format: 'slack' | 'teams') => addEndpoint(['response.negative'], { id: `ep_${format}`, format });

  it('waits a minute, then sends one Slack alert with the score and the comment that came after it', async () => {
    await chatEndpoint('slack');
    const body = responseBody({ answers: { nps: 2 }, meta: { agent: 'luca', channel: 'email' } });
    await post(body);
    await post({ ...body, answers: { comment: 'Waited <3 days> & nobody called' } });
    const row = (await outbox())[0]!;
    expect(await deliverDue(env.DB, { local: true, now: (row.created_at as number) + 1000 })).toEqual([]); // not yet
    await deliverDue(env.DB, { local: true, now: (row.next_at as number) + 1, origin: 'https://voce.acme.test' });
    expect(receiver.received).toHaveLength(1);
    const msg = JSON.parse(receiver.received[0]!.body) as { text: string; blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { url: string }[] }[] };
    // Block Kit: a `text` fallback and `blocks` of known types.
    expect(msg.text).toContain('Unhappy customer on ticket T-1042');
    expect(msg.text).toContain('NPS 2/10 (detractor)');
    expect(msg.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(msg.blocks[1]!.fields!.map((f) => f.text)).toEqual(['*NPS*\n2/10 (detractor)', '*Ticket*\nT-1042', '*Agent*\nluca', '*Channel*\nemail', '*Language*\nItalian (it)', '*Site*\nSite acme']);
    expect(msg.blocks[2]!.text!.text).toBe('> Waited &lt;3 days&gt; &amp; nobody called'); // mrkdwn control characters escaped
    expect(msg.blocks[3]!.elements![0]!.url).toBe('https://voce.acme.test/dashboard/?site=acme&view=tickets&ticket=T-1042');
  });

  it('sends Teams an Adaptive Card for the Workflows webhook trigger', async () => {
    await chatEndpoint('teams');
    await post(responseBody({ answers: { csat: 1, comment: 'Nobody answered.\n[Open in Voce](https://evil.example)' } }));
    const row = (await outbox())[0]!;
    await deliverDue(env.DB, { local: true, now: (row.next_at as number) + 1 });
    const msg = JSON.parse(receiver.received[0]!.body) as { type: string; attachments: { contentType: string; content: { type: string; version: string; body: { type: string; text?: string; facts?: { title: string; value: string }[]; items?: unknown[] }[]; actions?: unknown } }[] };
    expect(msg.type).toBe('message');
    expect(msg.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = msg.attachments[0]!.content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card.body[1]!.facts).toContainEqual({ title: 'CSAT', value: '1/5 (very dissatisfied)' });
    // The comment as typed, in RichTextBlocks, which read no Markdown: no link of the customer's making.
    expect(card.body[2]).toEqual({
      type: 'Container',
      style: 'emphasis',
      items: [
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Nobody answered.' }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '[Open in Voce](https://evil.example)' }] },
      ],
    });
    expect(card.actions).toBeUndefined(); // no known origin, no link
  });

  it('sends nothing for a response erased before its alert went, and says why', async () => {
    await chatEndpoint('slack');
    await post(responseBody({ ticket: 'T-gone', answers: { nps: 0 } }));
    await env.DB.prepare("DELETE FROM responses WHERE ticket = 'T-gone'").run();
    const row = (await outbox())[0]!;
    await deliverDue(env.DB, { local: true, now: (row.next_at as number) + 1 });
    expect(receiver.received).toHaveLength(0);
    expect((await outbox())[0]).toMatchObject({ status: 'failed', last_error: 'the response was erased' });
  });
});

describe('webhooks: erasure', () => {
  it('erases a ticket’s webhook events with its responses', async () => {
    await addEndpoint(['response.negative']);
    receiver.answers = [503];
    await post(responseBody({ ticket: 'T-erase', answers: { nps: 1, comment: 'private words' } }));
    await post(responseBody({ ticket: 'T-keep', answers: { nps: 1 } }));
    expect(await outbox()).toHaveLength(2);
    await erase(env.DB, 'acme', 'ticket', 'T-erase');
    const left = await outbox();
    expect(left).toHaveLength(1);
    expect(JSON.stringify(left)).not.toContain('private words');
  });
});
