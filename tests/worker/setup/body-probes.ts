// The bad-input probes that are odd in the body: bodies that are not a JSON object sent to every write
// route, and odd fields in each route's own body. Sent by bad-input-bodies.test.ts.
import { ORIGIN, responseBody } from './fixtures';
import { FORMAT, S, UNHAPPY_ID, type Probe } from './probes';

/** Bodies that are not the JSON object a write route reads. */
const NOT_OBJECTS: [string, string | Uint8Array, string?][] = [
  ['invalid JSON', '{"a": '],
  ['an empty body', ''],
  ['whitespace', ' \n\t '],
  ['null', 'null'],
  ['an array', '[]'],
  ['an array of an object', '[{}]'],
  ['a string', '"hello"'],
  ['a number', '42'],
  ['a huge number', '1e400'],
  ['true', 'true'],
  ['a byte-order mark before JSON', '\ufeff{}'],
  ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d])],
  ['deeply nested arrays', '['.repeat(10_000)],
  ['__proto__', '{"__proto__": {"admin": true}}'],
  ['form-encoded data', 'a=1&b=2', 'application/x-www-form-urlencoded'],
  ['multipart without a boundary', '--x\r\n', 'multipart/form-data'],
  ['JSON declared as text/plain', '{}', 'text/plain'],
  ['JSON declared as UTF-16', '{}', 'application/json; charset=utf-16'],
];

const WRITES: [method: string, path: string][] = [
  ['POST', '/api/v1/responses'],
  ['POST', '/api/v1/links'],
  ['POST', '/api/v1/links/opened'],
  ['POST', '/api/v1/tickets'],
  ['POST', '/api/v1/tickets/zammad'],
  ['POST', '/api/v1/auth/setup'],
  ['POST', '/api/v1/auth/login'],
  ['POST', '/api/v1/auth/logout'],
  ['POST', '/api/v1/sites'],
  ['POST', '/api/v1/users'],
  ['PATCH', `${S}/followups/${UNHAPPY_ID}`],
  ['PATCH', `${S}/settings`],
  ['POST', `${S}/origins`],
  ['PUT', `${S}/surveys/spare`],
  ['POST', `${S}/webhooks`],
  ['PATCH', `${S}/webhooks/ep_none`],
  ['POST', '/api/v1/health'],
];

export const bodyProbes: [string, Probe][] = [
  ...WRITES.flatMap(([method, path]) =>
    NOT_OBJECTS.map(([name, body, type]): [string, Probe] => [`${method} ${path.replace(S, '…')} ${name}`, { method, path, body, type }]),
  ),
  ...NOT_OBJECTS.map(([name, body, type]): [string, Probe] => [`POST …/keys ${name}`, { method: 'POST', path: `${S}/keys`, body, type }]),
  ['POST /api/v1/responses without Content-Type', { method: 'POST', path: '/api/v1/responses', body: '{', type: null }],
];

const response = (over: Record<string, unknown>) => JSON.stringify(responseBody({ id: '{uuid}', ...over }));
const collect = (name: string, body: string, admin?: number, issue?: string): [string, Probe] => [
  `POST /api/v1/responses ${name}`,
  { method: 'POST', path: '/api/v1/responses', body, headers: { Origin: ORIGIN }, admin, key: admin, issue },
];

export const fieldProbes: [string, Probe][] = [
  ...FORMAT.flatMap(([name, ch]) => [
    collect(`ticket with a ${name}`, response({ ticket: `T-1${ch}` }), 400, 'ticket'),
    collect(`agent with a ${name}`, response({ meta: { agent: `${ch}mario` } }), 400, 'meta.agent'),
    collect(`channel with a ${name}`, response({ meta: { channel: `chat${ch}` } }), 400, 'meta.channel'),
    collect(`customer with a ${name}`, response({ meta: { customer: `c${ch}9` } }), 400, 'meta.customer'),
  ]),
  collect('a comment with a zero-width joiner emoji', response({ answers: { nps: 9, comment: 'Grazie \u{1F468}\u200d\u{1F469}\u200d\u{1F467}' } }), 201),
  collect('NPS 1e308', response({ answers: { nps: 1e308 } }), 400, 'answers.nps'),
  collect('NPS -1e308', response({ answers: { nps: -1e308 } }), 400, 'answers.nps'),
  collect('NPS -0', response({ answers: { nps: -0 } }), 201),
  collect('answers null', response({ answers: null }), 400, 'answers'),
  collect('answers a string', response({ answers: 'nps=9' }), 400, 'answers'),
  collect('meta an array', response({ meta: ['mario'] }), 400, 'meta'),
  collect('meta null', response({ meta: null }), 400, 'meta'),
  collect('aspects null', response({ answers: { ces: 2, aspects: null } }), 400, 'answers.aspects'),
  collect('aspects named __proto__', response({ answers: { ces: 2 } }).replace('"ces":2', '"ces":2,"aspects":{"__proto__":3}'), 400),
  collect('a page URL of javascript:', response({ meta: { url: 'javascript:alert(1)' } })),
  collect('lang x-klingon', response({ lang: 'x-klingon' }), 400, 'lang'),
  collect('lang of 36 characters', response({ lang: 'en-' + 'a'.repeat(33) }), 400, 'lang'),
  collect('lang EN-gb', response({ lang: 'EN-gb' }), 201),
  collect('lang as an array', response({ lang: ['it'] }), 400, 'lang'),
  collect('an unknown top-level field', response({ extra: { deep: [1, 2, 3] } }), 201),
  ...(
    [
      ['ticket with a zero-width space', { ticket: 'T-1\u200b' }, 'ticket'],
      ['agent with a right-to-left override', { ticket: 'T-1', agent: '\u202emario' }, 'agent'],
      ['channel with a byte-order mark', { ticket: 'T-1', channel: '\ufeffchat' }, 'channel'],
      ['customer with a word joiner', { ticket: 'T-1', customer: 'c\u20609' }, 'customer'],
      ['expiresInDays 1e308', { ticket: 'T-1', expiresInDays: 1e308 }, 'expiresInDays'],
      ['expiresInDays -5', { ticket: 'T-1', expiresInDays: -5 }, 'expiresInDays'],
      ['expiresInDays "30"', { ticket: 'T-1', expiresInDays: '30' }, 'expiresInDays'],
      ['ticket null', { ticket: null }, 'ticket'],
      ['ticket an array', { ticket: ['T-1'] }, 'ticket'],
      ['survey not a slug', { ticket: 'T-1', survey: '../x' }, 'survey'],
      ['lang x', { ticket: 'T-1', lang: 'x' }, 'lang'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `POST /api/v1/links ${name}`,
    { method: 'POST', path: '/api/v1/links', body: JSON.stringify(body), key: 400, issue },
  ]),
  ...(
    [
      ['email an array', { email: ['a@b.test'], password: 'x' }],
      ['password an object', { email: 'a@b.test', password: {} }],
      ['password of 1025 characters', { email: 'a@b.test', password: 'x'.repeat(1025) }],
      ['email with a zero-width space', { email: 'boss\u200b@acme.test', password: 'a long password' }],
    ] as const
  ).flatMap(([name, body]): [string, Probe][] => [
    [`POST /api/v1/auth/login ${name}`, { method: 'POST', path: '/api/v1/auth/login', body: JSON.stringify(body), admin: 400 }],
    [`POST /api/v1/auth/setup ${name}`, { method: 'POST', path: '/api/v1/auth/setup', body: JSON.stringify(body), admin: 400 }],
  ]),
  ...(
    [
      ['status done', { status: 'done' }, 'status'],
      ['owner with a zero-width space', { owner: '\u200b' }, 'owner'],
      ['owner with a right-to-left override', { owner: 'Giulia\u202e' }, 'owner'],
      ['owner empty', { owner: '' }, 'owner'],
      ['note a number', { note: 5 }, 'note'],
      ['note of 2001 characters', { note: 'x'.repeat(2001) }, 'note'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `PATCH follow-up ${name}`,
    { method: 'PATCH', path: `${S}/followups/${UNHAPPY_ID}`, body: JSON.stringify(body), admin: 400, issue },
  ]),
  ...(
    [
      ['minDaysBetweenSurveys 1e308', { minDaysBetweenSurveys: 1e308 }, 'minDaysBetweenSurveys'],
      ['minDaysBetweenSurveys -1', { minDaysBetweenSurveys: -1 }, 'minDaysBetweenSurveys'],
      ['minDaysBetweenSurveys "3"', { minDaysBetweenSurveys: '3' }, 'minDaysBetweenSurveys'],
      // (valibot's object takes an array, so the issue is its missing "enabled": still a 400.)
      ['templateLinks an array', { templateLinks: [] }, 'templateLinks.enabled'],
      ['templateLinks null', { templateLinks: null }, 'templateLinks'],
      ['a ticket pattern that is not a regular expression', { templateLinks: { enabled: true, ticketPattern: '(' } }, 'templateLinks.ticketPattern'],
      ['retentionDays 0', { retentionDays: 0 }, 'retentionDays'],
      ['retentionDays 1.5', { retentionDays: 1.5 }, 'retentionDays'],
      ['retentionDays "30"', { retentionDays: '30' }, 'retentionDays'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `PATCH settings ${name}`,
    { method: 'PATCH', path: `${S}/settings`, body: JSON.stringify(body), admin: 400, issue },
  ]),
  ...['', 'javascript:alert(1)', 'https://x.test/path', `https://${'a'.repeat(300)}.test`, 'https://exa mple.test'].map((origin): [string, Probe] => [
    `POST origins ${origin.slice(0, 20)}`,
    { method: 'POST', path: `${S}/origins`, body: JSON.stringify({ origin }), admin: 400, issue: 'origin' },
  ]),
  ...['', '%%%', 'javascript:alert(1)', '%E0%A4%A'].map((origin): [string, Probe] => [
    `DELETE origins ?origin=${origin}`,
    { method: 'DELETE', path: `${S}/origins?origin=${origin}`, admin: 400 },
  ]),
  ['DELETE origins without ?origin', { method: 'DELETE', path: `${S}/origins`, admin: 400 }],
  ...(
    [
      ['http:// to another host', { url: 'http://hooks.acme.test/voce' }, 'url'],
      ['not a URL', { url: 'hooks' }, 'url'],
      ['no URL', {}, 'url'],
      ['an unknown event', { url: 'https://hooks.acme.test/v', events: ['response.deleted'] }, 'events.0'],
      ['no events', { url: 'https://hooks.acme.test/v', events: [] }, 'events'],
      ['format discord', { url: 'https://hooks.acme.test/v', format: 'discord' }, 'format'],
      ['a filter agent with a zero-width space', { url: 'https://hooks.acme.test/v', filter: { agent: 'ma\u200brio' } }, 'filter.agent'],
      ['a filter survey that is no slug', { url: 'https://hooks.acme.test/v', filter: { survey: 'Support!' } }, 'filter.survey'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `POST webhooks ${name}`,
    // (Private addresses are refused only in production: tests/worker/webhooks-routes.test.ts.)
    { method: 'POST', path: `${S}/webhooks`, body: JSON.stringify(body), admin: 400, issue },
  ]),
  ['PATCH webhooks enabled false', { method: 'PATCH', path: `${S}/webhooks/ep_none`, body: '{"enabled":false}', admin: 400, issue: 'enabled' }],
  ['PATCH a webhook of nobody', { method: 'PATCH', path: `${S}/webhooks/ep_none`, body: '{"format":"slack"}', admin: 404 }],
  ['POST keys label with a zero-width space', { method: 'POST', path: `${S}/keys`, body: '{"label":"ci\\u200b"}', admin: 400, issue: 'label' }],
  ['POST keys label an array', { method: 'POST', path: `${S}/keys`, body: '{"label":[]}', admin: 400, issue: 'label' }],
  ...(
    [
      ['questions a string', { questions: 'nps' }],
      ['no questions', { questions: [] }],
      ['aspects a string', { questions: [{ kind: 'ces', aspects: 'x' }] }],
      ['an empty title', { questions: [{ kind: 'nps' }], text: { it: { title: '' } } }],
      ['defaultLang x', { questions: [{ kind: 'nps' }], defaultLang: 'x' }],
    ] as const
  ).map(([name, body]): [string, Probe] => [
    `PUT survey ${name}`,
    { method: 'PUT', path: `${S}/surveys/spare`, body: JSON.stringify(body), admin: 400 },
  ]),
  // valibot's record skips a "__proto__" key: the text is stored empty, nothing worse.
  ['PUT survey text under __proto__', { method: 'PUT', path: `${S}/surveys/spare`, body: '{"questions":[{"kind":"nps"}],"text":{"__proto__":{"title":"x"}}}' }],
  ...(
    [
      ['origins a string', { id: 'new-site', origins: 'https://a.test' }],
      ['origins [null]', { id: 'new-site', origins: [null] }],
      ['a name with a right-to-left override', { id: 'new-site', name: '\u202eevil', origins: [] }],
      ['id of 64 characters', { id: 'a'.repeat(64), origins: [] }],
    ] as const
  ).map(([name, body]): [string, Probe] => [`POST sites ${name}`, { method: 'POST', path: '/api/v1/sites', body: JSON.stringify(body), admin: 400 }]),
  ...(
    [
      ['role root', { email: 'new@acme.test', password: 'a long password', role: 'root' }],
      ['password of 11 characters', { email: 'new@acme.test', password: 'x'.repeat(11), role: 'viewer' }],
      ['email an object', { email: {}, password: 'a long password', role: 'viewer' }],
    ] as const
  ).map(([name, body]): [string, Probe] => [`POST users ${name}`, { method: 'POST', path: '/api/v1/users', body: JSON.stringify(body), admin: 400 }]),
  // The email survey page's form: one fresh link each, since tokens are rate-limited.
  ...(
    [
      ['an NPS of 99', 'nps=99', 'application/x-www-form-urlencoded', 400],
      ['an NPS of abc', 'nps=abc', 'application/x-www-form-urlencoded', 400],
      ['a comment with NUL', 'nps=9&comment=a%00b', 'application/x-www-form-urlencoded', 400],
      ['an aspect named __proto__', 'ces=2&aspect.__proto__=3', 'application/x-www-form-urlencoded', undefined],
      ['malformed percent-encoding', 'nps=%E0%A4%A&comment=%%%', 'application/x-www-form-urlencoded', 400],
      ['nothing', '', 'application/x-www-form-urlencoded', 400],
      ['JSON', '{"nps": 9}', 'application/json', 400],
      ['text/plain', 'nps=9', 'text/plain', 400],
      // Whether 400 or 415, as long as it is not a 500.
      ['multipart without a boundary', '--x\r\nContent-Disposition: form-data; name="nps"\r\n\r\n9\r\n--x--\r\n', 'multipart/form-data', undefined],
      ['multipart that never ends', '--x\r\nContent-Disposition: form-data; name="nps"\r\n\r\n9', 'multipart/form-data; boundary=x', undefined],
    ] as const
  ).map(([name, body, type, status]): [string, Probe] => [`POST survey page ${name}`, { method: 'POST', path: '/s/{token}', body, type, admin: status }]),
];
