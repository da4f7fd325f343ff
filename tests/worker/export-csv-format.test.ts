// The CSV export in the reader's spreadsheet conventions: `sep=semicolon&decimal=comma` for Excel in
// Italian (and de, fr, es, pt, pl, nl), the comma CSV by default; both UTF-8 with a BOM, CRLF lines,
// every cell quoted and none starting a formula; a bad `sep` is a 400 naming the field.
import { createExecutionContext, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { createApiKey, createSite } from './setup/fixtures';

let key: string;
const DAY = Date.parse('2026-10-05T10:00:00Z');
const COMMENTS = ['Ottimo; grazie, davvero', '=cmd|"/c calc"!A1', '-0,5 stelle; +1', '@SUM(1;2)', 'Riga uno\nriga due'];

beforeAll(async () => {
  await createSite('csvsite');
  key = await createApiKey('csvsite');
  await env.DB.batch(
    COMMENTS.map((comment, i) =>
      env.DB.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, nps, csat, ces, comment, source, agent, channel, created_at, updated_at)
         VALUES (?1, 'csvsite', 'support', ?2, ?3, 4, 2, ?4, 'widget', 'mario;rossi', 'chat', ?5, ?5)`,
      ).bind(`00000000-0000-4000-8000-00000000000${i}`, `T-${i}`, i * 2, comment, DAY + i * 60_000),
    ),
  );
});

async function csv(params: string): Promise<Response> {
  return app.fetch(
    new Request(`http://voce.test/api/v1/sites/csvsite/export.csv?from=2026-10-01&to=2026-10-10${params}`, {
      headers: { Authorization: `Bearer ${key}` },
    }),
    env,
    createExecutionContext(),
  );
}

/** Splits quoted CSV (every cell quoted, as the export writes it) into rows of cells by `sep`. */
function parse(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  const cell = /"((?:[^"]|"")*)"/y;
  let i = 0;
  let row: string[] = [];
  while (i < text.length) {
    cell.lastIndex = i;
    const m = cell.exec(text);
    if (!m) throw new Error(`Not a quoted cell at ${i}: ${text.slice(i, i + 20)}`);
    row.push(m[1]!.replace(/""/g, '"'));
    i = cell.lastIndex;
    if (text.startsWith(sep, i)) i += sep.length;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`Unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('GET /api/v1/sites/:site/export.csv in the spreadsheet conventions asked for', () => {
  it('writes semicolons and CRLF after a UTF-8 BOM, every row as wide as the header', async () => {
    const res = await csv('&sep=semicolon&decimal=comma');
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      '"id";"created_at";"updated_at";"survey";"ticket";"source";"lang";"agent";"channel";"customer";"nps";"csat";"ces";"comment";"aspects"',
    );
    const rows = parse(text, ';');
    expect(rows).toHaveLength(1 + COMMENTS.length);
    for (const r of rows) expect(r).toHaveLength(15);
    // A separator inside a cell stays inside it: the cell is quoted.
    expect(rows.slice(1).map((r) => r[7])).toEqual(COMMENTS.map(() => 'mario;rossi'));
    expect(rows.slice(1).map((r) => r[13])).toContain('Ottimo; grazie, davvero');
  });

  it('keeps every cell from starting a formula with the semicolon separator', async () => {
    const text = (await (await csv('&sep=semicolon&decimal=comma')).text()).replace(/^\uFEFF/, '');
    const cells = parse(text, ';').flat();
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).toContain(`"'-0,5 stelle; +1"`);
    expect(text).toContain(`"'@SUM(1;2)"`);
  });

  it('stays the comma CSV by default, as before', async () => {
    const res = await csv('');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    expect(text.startsWith('"id","created_at",')).toBe(true);
    const rows = parse(text, ',');
    expect(rows).toHaveLength(1 + COMMENTS.length);
    for (const r of rows) expect(r).toHaveLength(15);
    expect(parse((await (await csv('&sep=comma&decimal=point')).text()).replace(/^\uFEFF/, ''), ',')).toEqual(rows);
  });

  it.each([
    ['sep=tab', 'sep'],
    ['sep=%3B', 'sep'],
    ['decimal=dot', 'decimal'],
  ])('refuses %s with a 400 naming %s', async (params, path) => {
    const res = await csv(`&${params}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues.map((i) => i.path)).toContain(path);
  });
});
