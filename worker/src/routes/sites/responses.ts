// A site's responses: pages for the comment list, one ticket, a streamed CSV export, and erasure.
import { Hono } from 'hono';
import * as v from 'valibot';
import { csvRow, type CsvStyle } from '../../../../shared/csv';
import { ExportQuery, ResponsesQuery, StoredLabel } from '../../../../shared/schemas';
import { localIsoOf } from '../../../../shared/timezone';
import { erase, responsePage, ticketResponses } from '../../db/browse';
import { commentPage, decodeListCursor } from '../../db/lists';
import { responsesWhere } from '../../db/metrics';
import { siteSecret, tombstoneStatements } from '../../db/links';
import { ticketHash } from '../../links/token';
import { ApiError } from '../../middleware/errors';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { filtersOf, resolveRange } from './range';

export const siteResponses = new Hono<SiteEnv>();

siteResponses.get('/responses', async (c) => {
  const q = validate(ResponsesQuery, c.req.query(), 'query');
  const cursor = q.cursor ? decodeListCursor(q.cursor) : null;
  if (q.cursor && !cursor) throw new ApiError(400, 'invalid_request', 'Bad cursor', [{ path: 'cursor', message: 'Not a cursor of this list' }]);
  const { current } = resolveRange(q, c.get('zone'));
  return c.json(
    await commentPage(c.env.DB, c.get('site'), current, filtersOf(q), { category: q.category, q: q.q, withComment: q.withComment === '1', cursor, limit: q.limit }),
  );
});

siteResponses.get('/tickets/:ticket', async (c) => {
  const ticket = validate(v.object({ ticket: StoredLabel(128) }), { ticket: c.req.param('ticket') }, 'ticket').ticket;
  return c.json({ ticket, responses: await ticketResponses(c.env.DB, c.get('site'), ticket) });
});

const CSV_COLUMNS = ['id', 'created_at', 'updated_at', 'survey', 'ticket', 'source', 'lang', 'agent', 'channel', 'customer', 'nps', 'csat', 'ces', 'comment', 'aspects'];

/**
 * Streamed page by page, so 100,000 rows never sit in memory at once. Dates are local date-times of
 * the site's zone with its offset (2026-03-29T01:30:00.000+01:00); a UTC site's stay …Z. `sep` and
 * `decimal` choose the spreadsheet's conventions (comma and point unless asked).
 */
siteResponses.get('/export.csv', (c) => {
  const q = validate(ExportQuery, c.req.query(), 'query');
  const style: CsvStyle = { sep: q.sep === 'semicolon' ? ';' : ',', decimal: q.decimal === 'comma' ? ',' : '.' };
  const { current } = resolveRange(q, c.get('zone'));
  const where = responsesWhere(c.get('site'), current, filtersOf(q), 'r.');
  const iso = localIsoOf(c.get('zone'));
  const db = c.env.DB;
  let cursor: { at: number; id: string } | null = null;
  let started = false;
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode(`\uFEFF${csvRow(CSV_COLUMNS, style)}`)); // BOM: spreadsheets read UTF-8
      }
      const page = await responsePage(db, where, { cursor, limit: 1000 });
      let chunk = '';
      for (const [i, r] of page.items.entries()) {
        const row = page.rows[i]!;
        chunk += csvRow([r.id, iso(row.created_at), iso(row.updated_at), r.survey, r.ticket, r.source, r.lang, r.agent, r.channel, r.customer, r.nps, r.csat, r.ces, r.comment, r.aspects ? JSON.stringify(r.aspects) : null], style);
      }
      if (chunk) controller.enqueue(enc.encode(chunk));
      const last = page.rows.at(-1);
      if (!page.more || !last) controller.close();
      else cursor = { at: last.created_at, id: last.id };
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="voce-${c.get('site')}-${current.fromDay}-${current.toDay}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

/** Erasure (admins, or the site's API key): every response and link of the ticket or customer. */
for (const column of ['ticket', 'customer'] as const) {
  siteResponses.delete(`/${column === 'ticket' ? 'tickets' : 'customers'}/:value`, async (c) => {
    const p = c.get('principal');
    if (p.kind === 'user' && p.role !== 'admin') throw new ApiError(403, 'forbidden', 'Only an admin can erase data');
    const value = validate(v.object({ value: StoredLabel(128) }), { value: c.req.param('value') }, column).value;
    const site = c.get('site');
    // An erased ticket leaves a tombstone (an HMAC, not the ticket) that ends template tokens minted before.
    const also = column === 'ticket' ? tombstoneStatements(c.env.DB, site, await ticketHash(value, (await siteSecret(c.env.DB, site))!), Date.now()) : [];
    return c.json({ deleted: await erase(c.env.DB, site, column, value, also) });
  });
}
