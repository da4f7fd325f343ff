// Self-test of the browser harness: host pages on their own origin, Chromium, cross-origin calls to the
// real worker, reading what it stored in the local D1, and a clean stop.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startStack, untilWorker, widgetTag, type Stack } from './harness';

/** Processes of the group that wrangler dev (on this port) leads: wrangler itself and its workerd. */
function devProcesses(port: string): { pid: number; cmd: string }[] {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return [{ pid: Number(pid), pgid, cmd }];
      } catch {
        return []; // exited meanwhile
      }
    });
  const pgids = new Set(procs.filter((p) => p.cmd.includes(' dev ') && p.cmd.includes(`--port ${port}`)).map((p) => p.pgid));
  return procs.filter((p) => pgids.has(p.pgid));
}

describe('browser harness', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('serves host pages with their headers on a different origin than the worker', async () => {
    expect(new URL(stack.hostUrl).origin).not.toBe(new URL(stack.workerUrl).origin);
    stack.setPage('/hello', {
      html: '<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><h1>Hello</h1></html>',
      headers: { 'Content-Security-Policy': "default-src 'self'" },
    });
    const res = await page.goto(`${stack.hostUrl}/hello`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toBe("default-src 'self'");
    expect(res?.headers()['cache-control']).toBe('no-store');
    expect(await page.textContent('h1')).toBe('Hello');
    expect((await page.goto(`${stack.hostUrl}/nope`))?.status()).toBe(404);
  });

  it('lets a page on the configured origin read the survey and post a response across origins', async () => {
    stack.setPage('/plain', { html: '<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><p>plain</p></html>' });
    await page.goto(`${stack.hostUrl}/plain`);

    const survey = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, body: (await r.json()) as { questions: { kind: string }[] } };
    }, `${stack.workerUrl}/api/v1/surveys/acme/support`);
    expect(survey.status).toBe(200);
    expect(survey.body.questions.map((q) => q.kind)).toEqual(['csat', 'ces', 'nps']);

    const ticket = `T-browser-${Date.now()}`;
    const body = JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', ticket, answers: { nps: 9 } });
    const post = (b: string) =>
      page.evaluate(
        async ([url, b]) => (await fetch(url!, { method: 'POST', body: b })).status, // text/plain: no preflight
        [`${stack.workerUrl}/api/v1/responses`, b],
      );
    expect(await post(body)).toBe(201);
    expect(await post(body)).toBe(200); // the same id again: still one response
    expect(stack.query(`SELECT ticket, nps, source FROM responses WHERE ticket = '${ticket}'`)).toEqual([
      { ticket, nps: 9, source: 'widget' },
    ]);
  });

  it('lets test setup write to the D1 the running worker reads', async () => {
    // The worker remembers sites for up to 5 s, so the new origin is allowed within that.
    const init = { headers: { origin: 'https://other.example' } };
    const get = () => fetch(`${stack.workerUrl}/api/v1/surveys/acme/support`, init);
    expect((await get()).status).toBe(403);
    stack.query(`INSERT INTO site_origins (site_id, origin) VALUES ('acme', 'https://other.example')`);
    await untilWorker(stack, '/api/v1/surveys/acme/support', async (r) => r.status === 200, init);
    expect((await get()).status).toBe(200);
  });

  it('writes widget tags with escaped data attributes', () => {
    expect(widgetTag(stack, { site: 'acme', ticket: 'T-"1"&<x>' })).toBe(
      `<script src="${stack.workerUrl}/widget.js" async data-site="acme" data-ticket="T-&quot;1&quot;&amp;&lt;x&gt;"></script>`,
    );
  });

  it('stops wrangler dev, its workerd processes and the host server, and removes the state; twice is fine', async () => {
    const port = new URL(stack.workerUrl).port;
    const before = devProcesses(port);
    expect(before.some((p) => p.cmd.includes('workerd'))).toBe(true);
    await stack.stop();
    await stack.stop();
    expect(devProcesses(port)).toEqual([]);
    for (const { pid } of before) expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(existsSync(stack.persistTo)).toBe(false);
    await expect(fetch(`${stack.workerUrl}/api/v1/health`)).rejects.toThrow();
    await expect(fetch(`${stack.hostUrl}/hello`)).rejects.toThrow();
  });
});
