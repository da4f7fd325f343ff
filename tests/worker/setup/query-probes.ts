// The bad-input probes that are odd in the URL: dates, filters, limits, search text and cursors in the
// query of the read routes, and odd IDs in the path of every route. Sent by bad-input-queries.test.ts.
import { b64, enc, FORMAT, RANGE, S, type Probe } from './probes';

const READS = ['summary', 'trend', 'breakdown?by=agent', 'responses', 'export.csv', 'aspects', 'agents', 'kpis', 'drivers?by=replies'];
const readPath = (route: string, query: string) => `${S}/${route}${route.includes('?') ? '&' : '?'}${query}`;

const IMPOSSIBLE_DAYS = ['2026-02-31', '2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'];

// Every impossible day and format character on the comment list; three of each on the other reads.
const daysFor = (route: string) => (route === 'responses' ? IMPOSSIBLE_DAYS : ['2026-02-31', '2025-02-29', '2026-13-01']);
const formatFor = (route: string) => (route === 'responses' ? FORMAT : FORMAT.filter(([, ch]) => '\u200b\u202e\ufeff'.includes(ch)));

export const queryProbes: [string, Probe][] = READS.flatMap((route) => [
  ...daysFor(route).flatMap((d): [string, Probe][] => [
    [`${route} from=${d}`, { path: readPath(route, `from=${d}&to=2026-10-10`), admin: 400, issue: 'from' }],
    [`${route} to=${d}`, { path: readPath(route, `from=2025-01-01&to=${d}`), admin: 400, issue: 'to' }],
  ]),
  [`${route} from after to`, { path: readPath(route, 'from=2026-10-10&to=2026-10-01'), admin: 400, issue: 'from' }],
  [`${route} ten thousand years`, { path: readPath(route, 'from=0000-01-01&to=9999-12-31'), admin: 400 }],
  [`${route} the last day of 9999`, { path: readPath(route, 'from=9999-12-31&to=9999-12-31'), admin: 200 }],
  [`${route} January of year 0`, { path: readPath(route, 'from=0000-01-01&to=0000-01-31'), admin: 200 }],
  [`${route} empty from`, { path: readPath(route, 'from='), admin: 400, issue: 'from' }],
  [`${route} from twice`, { path: readPath(route, 'from=2026-10-01&from=2026-02-31&to=2026-10-10') }],
  [`${route} from as an array`, { path: readPath(route, 'from[]=2026-10-01&from[0]=x') }],
  [`${route} survey not a slug`, { path: readPath(route, 'survey=../support'), admin: 400, issue: 'survey' }],
  [`${route} unknown survey`, { path: readPath(route, `${RANGE}&survey=nothing`), admin: 200 }],
  [`${route} source fax`, { path: readPath(route, 'source=fax'), admin: 400, issue: 'source' }],
  ...['', 'x', '!!', 'en-', 'a'.repeat(36), '%00', 'e%CC%81n', '%E0%A4%A', 'zh-Hant-TW-x-private'].map((lang): [string, Probe] => [
    `${route} lang=${lang.slice(0, 12)}`,
    { path: readPath(route, `lang=${lang}`) },
  ]),
  [`${route} lang=EN-gb`, { path: readPath(route, 'lang=EN-gb'), admin: 200 }],
  ...(['agent', 'channel'] as const).flatMap((field) => [
    ...formatFor(route).map(([name, ch]): [string, Probe] => [
      `${route} ${field} with a ${name}`,
      { path: readPath(route, `${field}=${enc(`mario${ch}`)}`), admin: 400, issue: field },
    ]),
    [`${route} ${field} of 200 characters`, { path: readPath(route, `${field}=${'x'.repeat(200)}`), admin: 400, issue: field }],
    [`${route} ${field} NUL`, { path: readPath(route, `${field}=%00`), admin: 400, issue: field }],
    [`${route} ${field} malformed percent-encoding`, { path: readPath(route, `${field}=%E0%A4%A`) }],
    [`${route} ${field} empty`, { path: readPath(route, `${field}=`) }],
  ] as [string, Probe][]),
  [`${route} unknown parameters`, { path: readPath(route, `${RANGE}&foo=bar&__proto__=x&constructor=1&toString=2&hasOwnProperty=3`), admin: 200 }],
  [`${route} malformed percent-encoding in a name`, { path: readPath(route, '%E0%A4%A=1&%%%=2') }],
]);

export const listProbes: [string, Probe][] = [
  ['summary sources=1 with filters', { path: `${S}/summary?${RANGE}&sources=1&agent=mario&channel=chat&lang=it`, admin: 200 }],
  ['summary sources=yes', { path: `${S}/summary?sources=yes`, admin: 400, issue: 'sources' }],
  ['trend interval=year', { path: `${S}/trend?interval=year`, admin: 400, issue: 'interval' }],
  ['aspects interval=year', { path: `${S}/aspects?interval=year`, admin: 400, issue: 'interval' }],
  ['aspects by week', { path: `${S}/aspects?${RANGE}&interval=week`, admin: 200 }],
  ['trend interval empty', { path: `${S}/trend?interval=`, admin: 400, issue: 'interval' }],
  ['trend by day over three years', { path: `${S}/trend?from=2023-10-11&to=2026-10-10&interval=day`, admin: 200 }],
  ['kpis interval=year', { path: `${S}/kpis?interval=year`, admin: 400, issue: 'interval' }],
  ['kpis by month', { path: `${S}/kpis?${RANGE}&interval=month&agent=mario&lang=it`, admin: 200 }],
  ['drivers without by', { path: `${S}/drivers`, admin: 400, issue: 'by' }],
  ['drivers by agent', { path: `${S}/drivers?by=agent`, admin: 400, issue: 'by' }],
  ['breakdown without by', { path: `${S}/breakdown`, admin: 400, issue: 'by' }],
  ['breakdown by customer', { path: `${S}/breakdown?by=customer`, admin: 400, issue: 'by' }],
  ...['-1', '0', '201', '999999999999999999999', '1e3', '1.5', 'NaN', '%205', 'Infinity'].map((n): [string, Probe] => [
    `responses limit=${n}`,
    { path: `${S}/responses?limit=${n}`, admin: 400, issue: 'limit' },
  ]),
  ['responses limit=007', { path: `${S}/responses?${RANGE}&limit=007`, admin: 200 }],
  ['responses category=__proto__', { path: `${S}/responses?category=__proto__`, admin: 400, issue: 'category' }],
  ['responses withComment=true', { path: `${S}/responses?withComment=true`, admin: 400, issue: 'withComment' }],
  // Search: D1 refuses a LIKE pattern over 50 bytes, so any longer text used to be a 500.
  ['responses q of 49 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(49)}`, admin: 200 }],
  ['responses q of 25 two-byte letters (50 bytes)', { path: `${S}/responses?${RANGE}&q=${enc('é'.repeat(25))}`, admin: 200 }],
  ['responses q of 200 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(200)}`, admin: 200 }],
  ['responses q of 200 "%"', { path: `${S}/responses?${RANGE}&q=${'%25'.repeat(200)}`, admin: 200 }],
  ['responses q of 100 emoji', { path: `${S}/responses?${RANGE}&q=${enc('\u{1F680}'.repeat(100))}`, admin: 200 }],
  ['responses q of 201 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(201)}`, admin: 400, issue: 'q' }],
  ['responses q with %_\\\'"', { path: `${S}/responses?${RANGE}&q=${enc('%_\\\'"')}`, admin: 200 }],
  ['responses q with NUL', { path: `${S}/responses?${RANGE}&q=%00`, admin: 200 }],
  ['responses q with a lone surrogate', { path: `${S}/responses?${RANGE}&q=%ED%A0%80` }],
  ['responses q malformed percent-encoding', { path: `${S}/responses?${RANGE}&q=%E0%A4%A` }],
  ...[
    ['%%%', '%%%'],
    ['random base64', b64(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(30))))],
    ['MTIz ("123")', 'MTIz'],
    ['"." alone', b64('.')],
    ['a negative time', b64('-1.x')],
    ['a time of 148 digits', b64(`${'9'.repeat(148)}.x`)],
    ['base64 padding only', '===='],
    ['201 characters', 'A'.repeat(201)],
    ['non-ASCII', enc('é漢\u{1F680}')],
  ].flatMap(([name, cursor]): [string, Probe][] => [
    [`responses cursor ${name}`, { path: `${S}/responses?${RANGE}&cursor=${cursor}` }],
    [`followups cursor ${name}`, { path: `${S}/followups?cursor=${cursor}` }],
  ]),
  ['responses a valid cursor of another shape', { path: `${S}/responses?${RANGE}&cursor=${b64('1.x.y')}`, admin: 200 }],
  ['followups status=closed', { path: `${S}/followups?status=closed`, admin: 400, issue: 'status' }],
];

const LONG = 'x'.repeat(5000);
export const pathProbes: [string, Probe][] = [
  ...['GET', 'DELETE'].flatMap((method): [string, Probe][] => [
    [`${method} ticket malformed percent-encoding`, { method, path: `${S}/tickets/%E0%A4%A` }],
    [`${method} ticket %00`, { method, path: `${S}/tickets/%00`, admin: 400, issue: method === 'GET' ? 'ticket' : 'value' }],
    [`${method} ticket of 129 characters`, { method, path: `${S}/tickets/${'x'.repeat(129)}`, admin: 400 }],
    [`${method} ticket of 5000 characters`, { method, path: `${S}/tickets/${LONG}`, admin: 400 }],
    [`${method} ticket %2F inside`, { method, path: `${S}/tickets/a%2Fb`, admin: 200 }],
    [`${method} ticket of spaces`, { method, path: `${S}/tickets/%20%20`, admin: 400 }],
    ...FORMAT.map(([name, ch]): [string, Probe] => [
      // Found and erased exactly as stored: older versions stored such IDs, and they must stay erasable.
      `${method} ticket with a ${name}`,
      { method, path: `${S}/tickets/${enc(`T-1${ch}`)}`, admin: 200 },
    ]),
  ]),
  ['DELETE customer malformed percent-encoding', { method: 'DELETE', path: `${S}/customers/%E0%A4%A` }],
  ['DELETE customer %00', { method: 'DELETE', path: `${S}/customers/%00`, admin: 400, issue: 'value' }],
  ['DELETE customer of 5000 characters', { method: 'DELETE', path: `${S}/customers/${LONG}`, admin: 400 }],
  ...FORMAT.map(([name, ch]): [string, Probe] => [
    `DELETE customer with a ${name}`,
    { method: 'DELETE', path: `${S}/customers/${enc(`c-1${ch}`)}`, admin: 200 },
  ]),
  ['site malformed percent-encoding', { path: '/api/v1/sites/%E0%A4%A/summary', admin: 404 }],
  ['site %00', { path: '/api/v1/sites/%00/summary', admin: 404 }],
  ['site of 5000 characters', { path: `/api/v1/sites/${LONG}/summary`, admin: 404 }],
  ['site in capitals', { path: '/api/v1/sites/ACME/summary', admin: 404 }],
  ['site of another key', { path: '/api/v1/sites/beta/summary', admin: 200, key: 403 }],
  ['PATCH follow-up malformed percent-encoding', { method: 'PATCH', path: `${S}/followups/%E0%A4%A`, body: '{"status":"contacted"}' }],
  ['PATCH follow-up of 5000 characters', { method: 'PATCH', path: `${S}/followups/${LONG}`, body: '{"status":"contacted"}', admin: 404 }],
  ['PATCH follow-up %00', { method: 'PATCH', path: `${S}/followups/%00`, body: '{"status":"contacted"}', admin: 404 }],
  ['DELETE key malformed percent-encoding', { method: 'DELETE', path: `${S}/keys/%E0%A4%A`, admin: 404 }],
  ['DELETE key of 5000 characters', { method: 'DELETE', path: `${S}/keys/${LONG}`, admin: 404 }],
  ['PUT survey malformed percent-encoding', { method: 'PUT', path: `${S}/surveys/%E0%A4%A`, body: '{"questions":[{"kind":"nps"}]}', admin: 400 }],
  ['PUT survey of 5000 characters', { method: 'PUT', path: `${S}/surveys/${LONG}`, body: '{"questions":[{"kind":"nps"}]}', admin: 400 }],
  ['survey definition malformed percent-encoding', { path: '/api/v1/surveys/acme/%E0%A4%A', admin: 400 }],
  ['survey definition %00', { path: '/api/v1/surveys/%00/support', admin: 400 }],
  ['survey definition of 5000 characters', { path: `/api/v1/surveys/acme/${LONG}`, admin: 400 }],
  ['survey definition of an unknown survey', { path: '/api/v1/surveys/acme/nothing', admin: 404 }],
  ...['', 'x', '!!', 'a'.repeat(36), '%00', '%E0%A4%A', 'zh-Hant-TW', '__proto__', 'e%CC%81n'].map((lang): [string, Probe] => [
    `survey definition lang=${lang.slice(0, 12)}`,
    { path: `/api/v1/surveys/acme/support?lang=${lang}&foo=1` },
  ]),
  ['survey definition with an odd Accept-Language', { path: '/api/v1/surveys/acme/support', headers: { 'Accept-Language': ';;,,q=,*-*;q=x, x-klingon' }, admin: 200 }],
  ['survey definition from the origin "null"', { path: '/api/v1/surveys/acme/support', headers: { Origin: 'null' }, admin: 403 }],
  ['unknown endpoint', { path: '/api/v1/nothing', admin: 404 }],
  ['unknown endpoint with malformed percent-encoding', { path: '/api/v1/%E0%A4%A', admin: 404 }],
  ['a method no route takes', { method: 'PUT', path: '/api/v1/responses', body: '{}', admin: 404 }],
  ['OPTIONS from the origin "null"', { method: 'OPTIONS', path: '/api/v1/responses', headers: { Origin: 'null' }, admin: 403 }],
  ['OPTIONS from a malformed origin', { method: 'OPTIONS', path: '/api/v1/responses', headers: { Origin: '%%%' }, admin: 403 }],
  ['a session cookie with malformed percent-encoding', { path: `${S}/summary`, headers: { Cookie: 'voce_session=%E0%A4%A' }, admin: 200 }],
  // (The key caller sends its own key in place of these.)
  ['a Bearer header without a key', { path: `${S}/summary`, headers: { Authorization: 'Bearer' }, admin: 401, key: 200 }],
  ['a Basic Authorization header', { path: `${S}/summary`, headers: { Authorization: 'Basic YTpi' }, admin: 401, key: 200 }],
  ['an over-long key', { path: `${S}/summary`, headers: { Authorization: `Bearer ${'k'.repeat(300)}` }, admin: 401, key: 200 }],
  // Email survey pages: HTML, not JSON, but never a 500 either.
  ['survey page malformed percent-encoding', { path: '/s/%E0%A4%A' }],
  ['survey page token %00', { path: '/s/%00' }],
  ['survey page token of 3000 characters', { path: `/s/${'x'.repeat(3000)}.y`, admin: 403 }],
  ['survey page token of JSON that is not claims', { path: `/s/${b64('{"s":1}').replace(/\+/g, '-').replace(/\//g, '_')}.${'A'.repeat(43)}`, admin: 403 }],
  ['survey page token of random bytes', { path: `/s/${'A'.repeat(20)}.${'B'.repeat(43)}`, admin: 403 }],
  ['template link malformed percent-encoding', { path: '/s/acme/%E0%A4%A', admin: 404 }],
  ['template link %00', { path: '/s/acme/%00', admin: 404 }],
  ['template link of a site of 5000 characters', { path: `/s/${LONG}/T-1`, admin: 404 }],
  ['survey page with odd score and lang', { path: '/s/{token}?score=1e400&lang=%E0%A4%A&sent=%00', admin: 200 }],
  ['survey page with score=-0 and lang of 36 characters', { path: `/s/{token}?score=-0&lang=${'a'.repeat(36)}`, admin: 200 }],
];
