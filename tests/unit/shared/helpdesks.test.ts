// Zammad's states and payload made ticket facts (shared/schemas/helpdesks.ts), and the README's helpdesk
// recipes kept equal to the fixtures the e2e test posts (tests/e2e/helpdesk-recipes.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { zammadFact, zammadStatus, ZammadWebhook } from '../../../shared/schemas';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const recipes = (() => {
  const readme = read('README.md');
  return readme.slice(readme.indexOf('### Helpdesk recipes'), readme.indexOf('\n## ', readme.indexOf('### Helpdesk recipes')));
})();
const jsonBlocks = [...recipes.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('zammadStatus', () => {
  it.each([
    ['new', 'open'],
    ['open', 'open'],
    ['pending reminder', 'open'],
    ['pending close', 'open'],
    ['closed', 'closed'],
    [' Closed ', 'closed'],
    ['merged', null],
    ['removed', null],
    ['resolved', undefined],
  ] as const)('takes %j as %j', (state, status) => {
    expect(zammadStatus(state)).toBe(status);
  });

  it('takes the states a URL names before the seeded ones', () => {
    expect(zammadStatus('Resolved', { closed: 'resolved, done' })).toBe('closed');
    expect(zammadStatus('waiting', { open: 'waiting' })).toBe('open');
    expect(zammadStatus('closed', { open: 'closed' })).toBe('open');
    expect(zammadStatus('resolved', { closed: '' })).toBeUndefined();
  });
});

describe('zammadFact', () => {
  const sample = v.parse(ZammadWebhook, JSON.parse(read('tests/fixtures/zammad-webhook.json')));
  it('makes the documented sample an open ticket of Emma’s, with no solve and no reply counts', () => {
    expect(zammadFact(sample, 'open')).toEqual({
      ticket: '10081',
      status: 'open',
      createdAt: Date.parse('2020-11-13T14:34:35.282Z'),
      agent: 'emma@chrispresso.com',
      channel: 'phone',
      group: 'Service Desk',
      priority: '2 normal',
    });
  });
});

describe('README "Helpdesk recipes"', () => {
  it('shows the Zendesk body that, rendered as Zendesk renders its placeholders, is the fixture the e2e test posts', () => {
    const template = jsonBlocks.find((b) => b.includes('{{ticket.id}}'))!;
    // What each placeholder renders for ticket 48213 (Zendesk's placeholder reference: *_with_timestamp is ISO 8601 in UTC to the minute).
    const rendered: Record<string, string> = {
      'ticket.id': '48213',
      'ticket.created_at_with_timestamp': '2026-11-20T08:41Z',
      'ticket.updated_at_with_timestamp': '2026-11-21T15:02Z',
      'ticket.assignee.email': 'giulia@example.com',
      'ticket.via': 'Mail',
      'ticket.group.name': 'Support',
      'ticket.priority': '', // a ticket with no priority
    };
    const body = template.replace(/\{\{([\w.]+)\}\}/g, (_, name: string) => {
      expect(rendered).toHaveProperty([name]);
      return rendered[name]!;
    });
    expect(JSON.parse(body)).toEqual(JSON.parse(read('tests/fixtures/zendesk-trigger.json')));
  });

  it('shows Zammad fields exactly as the documented payload has them (null: left out of the sample)', () => {
    const shown = JSON.parse(jsonBlocks.find((b) => b.includes('"create_article_type"'))!) as { ticket: Record<string, unknown> };
    const sample = JSON.parse(read('tests/fixtures/zammad-webhook.json')) as { ticket: Record<string, unknown> };
    for (const [field, value] of Object.entries(shown.ticket)) {
      if (value === null) expect(sample.ticket[field] ?? null, field).toBeNull();
      else if (typeof value === 'object') expect(sample.ticket[field], field).toMatchObject(value);
      else expect(sample.ticket[field], field).toBe(value);
    }
  });

  it('links only files that exist', () => {
    for (const [, path] of recipes.matchAll(/\]\(((?:tests|scripts)\/[^)]+)\)/g)) expect(existsSync(new URL(`../../../${path}`, import.meta.url)), path).toBe(true);
  });
});
