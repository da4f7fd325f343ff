// The Slack and Teams alerts of issue #12 as a support manager sees them: the real messages of
// worker/src/webhooks/formats.ts for a detractor with a comment, checked against the shapes Slack and
// Teams document, then drawn (tests/browser/chat-render.ts) and screenshot in Chromium to
// /work/shots (VOCE_SHOTS to change) for review.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardLink, slackMessage, teamsMessage, type AlertResponse } from '../../worker/src/webhooks/formats';
import { slackHtml, teamsHtml } from './chat-render';
import { launchBrowser } from './harness';

const SHOTS = process.env.VOCE_SHOTS ?? '/work/shots';

const detractor: AlertResponse = {
  id: '3f6d2a10-8c4b-4e5f-9a21-7b0c1d2e3f40',
  site_id: 'acme',
  ticket: 'T-48213',
  nps: 2,
  csat: 1,
  ces: 5,
  comment: 'Ho spiegato il problema tre volte & nessuno mi ha richiamato.\nIl ticket è ancora aperto dopo 5 giorni, senza VPN non posso lavorare.',
  lang: 'it',
  agent: 'Giulia Rossi',
  channel: 'phone',
};
const link = dashboardLink('https://feedback.acme.com', detractor)!;

interface Block {
  type: string;
  text?: { type: string; text: string };
  fields?: { type: string; text: string }[];
  elements?: { type: string; text?: { type: string; text: string }; url?: string }[];
}
interface Card {
  type: string;
  $schema: string;
  version: string;
  body: { type: string; text?: string; facts?: { title: string; value: string }[]; items?: unknown[] }[];
  actions?: { type: string; title: string; url: string }[];
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function shoot(html: string, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 760, height: 400 }, deviceScaleFactor: 2 });
  await page.setContent(html);
  await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
  expect(await page.locator('.unsupported').count()).toBe(0);
  await page.close();
}

describe('the Slack alert', () => {
  const message = slackMessage('response.negative', detractor, link) as { text: string; blocks: Block[] };

  it('is an incoming-webhook message: Block Kit blocks within Slack’s limits, and a text fallback', () => {
    expect(Object.keys(message).sort()).toEqual(['blocks', 'text']);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const b of message.blocks) {
      expect(['header', 'section', 'context', 'actions', 'divider']).toContain(b.type);
      if (b.type === 'header') expect(b.text).toEqual({ type: 'plain_text', text: expect.any(String) }), expect(b.text!.text.length).toBeLessThanOrEqual(150);
      if (b.type === 'section') {
        expect(b.text ?? b.fields).toBeDefined();
        if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
        expect(b.fields?.length ?? 0).toBeLessThanOrEqual(10);
        for (const f of b.fields ?? []) expect(['mrkdwn', 'plain_text']).toContain(f.type), expect(f.text.length).toBeLessThanOrEqual(2000);
      }
      if (b.type === 'actions') {
        for (const e of b.elements!) {
          expect(e).toMatchObject({ type: 'button', text: { type: 'plain_text' }, url: expect.stringMatching(/^https:\/\//) });
          expect(e.text!.text.length).toBeLessThanOrEqual(75);
        }
      }
    }
  });

  it('tells a manager who, how unhappy, what they said, and links to the ticket', () => {
    expect(message.text).toBe(
      `Unhappy customer on ticket T-48213: NPS 2/10 (detractor), CSAT 1/5 (very dissatisfied), Effort 5/5 (much more than expected) — “${detractor.comment}”`,
    );
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Unhappy customer on ticket T-48213' } });
    expect(message.blocks[1]!.fields!.map((f) => f.text)).toEqual([
      '*NPS*\n2/10 (detractor)',
      '*CSAT*\n1/5 (very dissatisfied)',
      '*Effort*\n5/5 (much more than expected)',
      '*Ticket*\nT-48213',
      '*Agent*\nGiulia Rossi',
      '*Channel*\nphone',
      '*Language*\nItalian (it)',
    ]);
    expect(message.blocks[2]!.text!.text).toBe(
      '> Ho spiegato il problema tre volte &amp; nessuno mi ha richiamato.\n> Il ticket è ancora aperto dopo 5 giorni, senza VPN non posso lavorare.',
    );
    expect(message.blocks.at(-1)!.elements![0]!.url).toBe('https://feedback.acme.com/dashboard/?site=acme&view=tickets&ticket=T-48213');
  });

  it('is drawn for review: slack.png', () => shoot(slackHtml(message), 'slack.png'));
});

describe('the Teams alert', () => {
  const message = teamsMessage('response.negative', detractor, link) as {
    type: string;
    attachments: { contentType: string; contentUrl: unknown; content: Card }[];
  };
  const card = message.attachments[0]!.content;

  it('is a Workflows webhook message carrying one Adaptive Card', () => {
    expect(message.type).toBe('message');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.type).toBe('AdaptiveCard');
    expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    // Teams renders Adaptive Cards up to 1.5 (1.6 partly); a newer version shows an error card.
    expect(card.version).toMatch(/^1\.[0-5]$/);
    // RichTextBlock, which the comment needs, is Adaptive Cards 1.2.
    expect(Number(card.version)).toBeGreaterThanOrEqual(1.2);
    for (const e of card.body) expect(['TextBlock', 'RichTextBlock', 'FactSet', 'ColumnSet', 'Container', 'Image']).toContain(e.type);
    for (const a of card.actions ?? []) expect(a).toMatchObject({ type: 'Action.OpenUrl', title: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
  });

  it('tells a manager who, how unhappy, what they said, and links to the ticket', () => {
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Unhappy customer on ticket T-48213', weight: 'Bolder' });
    expect(card.body[1]!.facts).toEqual([
      { title: 'NPS', value: '2/10 (detractor)' },
      { title: 'CSAT', value: '1/5 (very dissatisfied)' },
      { title: 'Effort', value: '5/5 (much more than expected)' },
      { title: 'Ticket', value: 'T-48213' },
      { title: 'Agent', value: 'Giulia Rossi' },
      { title: 'Channel', value: 'phone' },
      { title: 'Language', value: 'Italian (it)' },
    ]);
    expect(card.body[2]).toEqual({
      type: 'Container',
      style: 'emphasis',
      items: detractor.comment!.split('\n').map((text) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] })),
    });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Voce', url: link }]);
  });

  it('is drawn for review: teams.png', () => shoot(teamsHtml(message), 'teams.png'));

  it('shows a comment’s Markdown as typed: the only link is the dashboard’s', async () => {
    const sly = { ...detractor, comment: 'Please **urgently** [Open in Voce](https://evil.example/login) and reset my password' };
    const page = await browser.newPage();
    await page.setContent(teamsHtml(teamsMessage('response.negative', sly, link)));
    expect(await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([link]);
    expect(await page.locator('.card').innerText()).toContain('[Open in Voce](https://evil.example/login)');
    await page.close();
  });
});
