// Deterministic, realistic demo responses for the `responses` table (migrations/0001_init.sql),
// as row objects or as multi-row INSERT statements that `wrangler d1 execute` can run. Their email
// links are demo-links.mjs, which shares the agents, channels, clock and PRNG exported here.

const DAY = 86_400_000;
const ROWS_PER_STATEMENT = 100;
const CUSTOMER_POOL = 1500;
const DEMO_PAGE = 'http://127.0.0.1:8787/demo';

/** Column order of the INSERT statements; also the keys of a generated row. */
const COLUMNS = [
  'id', 'site_id', 'survey_id', 'ticket', 'csat', 'ces', 'nps', 'comment', 'aspects', 'lang',
  'source', 'verified', 'agent', 'channel', 'customer', 'page', 'created_at', 'updated_at', 'revision',
];

// Satisfaction is a latent value on the 0–10 NPS scale: BASE + agent + channel + trend + noise.
const BASE = 8.45;
const SPREAD = 2.1;
const TREND = 0.7; // total improvement from the first to the last day

/** quality: offset on the latent scale (luca is the clearly weaker one); weight: share of tickets. */
export const AGENTS = [
  { id: 'giulia', name: 'Giulia', fullName: 'Giulia Bianchi', quality: 0.7, weight: 22 },
  { id: 'mario', name: 'Mario', fullName: 'Mario Rossi', quality: 0.3, weight: 20 },
  { id: 'sara', name: 'Sara', fullName: 'Sara Conti', quality: 0.1, weight: 18 },
  { id: 'emma', name: 'Emma', fullName: 'Emma Clarke', quality: 0.4, weight: 13 },
  { id: 'james', name: 'James', fullName: 'James Walker', quality: -0.3, weight: 12 },
  { id: 'luca', name: 'Luca', fullName: 'Luca Ferrari', quality: -1.9, weight: 15 },
];
/** The demo site's display names of its agents (site setting agentNames). */
export const DEMO_AGENT_NAMES = Object.fromEntries(AGENTS.map((a) => [a.id, a.fullName]));
/** effect: offset on the latent scale; speed: extra offset for the "speed" aspect. */
export const CHANNELS = [
  { id: 'email', effect: -0.4, speed: -0.8, weight: 40 },
  { id: 'chat', effect: 0.3, speed: 0.3, weight: 30 },
  { id: 'phone', effect: 0.1, speed: 0.2, weight: 20 },
  { id: 'whatsapp', effect: 0.4, speed: 0.1, weight: 10 },
];

/** @typedef {'neg' | 'neu' | 'pos'} Mood */
const COMMENT_RATE = { neg: 0.5, neu: 0.28, pos: 0.35 };
/** @type {Record<'it' | 'en', Record<Mood, string[]>>} */
const COMMENTS = {
  it: {
    neg: [
      'Ho aspettato più di mezz\'ora prima di parlare con qualcuno.',
      'Mi hanno trasferito tre volte e ho dovuto rispiegare il problema ogni volta.',
      'Il problema non è stato risolto.',
      'Ho dovuto ripetere tutto da capo, nessuno leggeva lo storico.',
      'Risposta generica, si vedeva che non avevano letto la mia richiesta.',
      'Tempi di attesa inaccettabili.',
      'Mi avevano promesso di richiamarmi, non l\'ha fatto nessuno.',
      'Ticket chiuso senza che il problema fosse risolto.',
      'Troppi passaggi tra un operatore e l\'altro.',
      'Ancora nessuna soluzione dopo una settimana.',
    ],
    neu: [
      'Un po\' lento, ma gentilissimi.',
      'Alla fine hanno risolto, anche se ci è voluto un po\'.',
      'Tutto ok, niente di speciale.',
      'Risposta corretta ma arrivata il giorno dopo.',
      'Gentili, però ho dovuto scrivere due volte.',
      'Risolto a metà, vediamo se regge.',
      'Servizio nella media.',
    ],
    pos: [
      'È stato tutto perfetto, grazie!',
      'Velocissimi e molto gentili.',
      'Risolto al primo contatto, complimenti.',
      'Operatore competente, ha capito subito il problema.',
      'Finalmente un\'assistenza che funziona!',
      'Risposta chiara e veloce.',
      'Cortesia e professionalità, grazie mille.',
      'Non mi aspettavo una soluzione così rapida.',
      'Mi hanno spiegato tutto con pazienza.',
      'Ottimo servizio, lo consiglierò.',
    ],
  },
  en: {
    neg: [
      'I waited over 40 minutes before anyone replied.',
      'Got transferred three times and had to repeat my problem to each person.',
      'My issue still isn\'t resolved.',
      'Had to explain everything again from scratch.',
      'Canned answer, clearly nobody read my message.',
      'The wait times are ridiculous.',
      'They said they would call back and never did.',
      'Ticket closed but the problem is still there.',
      'Too many hand-offs between agents.',
      'A week later and still no fix.',
    ],
    neu: [
      'Slow, but friendly in the end.',
      'Fixed eventually, took longer than it should have.',
      'It was fine, nothing special.',
      'Correct answer, but it came the next day.',
      'Nice people, though I had to follow up twice.',
      'Partly solved, we\'ll see if it holds.',
      'Average service.',
    ],
    pos: [
      'Super quick and really kind.',
      'Solved on the first contact, great job.',
      'The agent knew exactly what to do.',
      'Best support experience I\'ve had in a while!',
      'Clear and fast answer, thanks.',
      'Very patient and helpful.',
      'Didn\'t expect such a quick fix.',
      'Friendly, competent and fast.',
      'Everything was perfect, thank you!',
      'Great service, I\'ll recommend you.',
    ],
  },
};

/** Optional second sentence naming the agent ({agent}) or a product area ({area}). */
const DETAILS = {
  it: {
    neg: ['Il problema con {area} è ancora aperto.', 'Ho parlato con {agent} ma poi mi hanno trasferito.'],
    neu: ['Per {area} la risposta era giusta, ma lenta.', '{agent} gentile, ma ci è voluto troppo.'],
    pos: ['Grazie a {agent}!', 'Problema con {area} risolto in pochi minuti.'],
  },
  en: {
    neg: ['My {area} problem is still open.', 'Spoke to {agent}, then got passed around.'],
    neu: ['My {area} question got the right answer, just slowly.', '{agent} was polite, it just took a while.'],
    pos: ['Thanks, {agent}!', '{agent} sorted out my {area} issue in minutes.'],
  },
};
const AREAS = {
  it: ['la fatturazione', 'la spedizione', 'il login', 'il reso', "l'app"],
  en: ['billing', 'shipping', 'login', 'refund', 'app'],
};

/** Seeded PRNG (mulberry32): returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box–Muller). */
export function normal(rand) {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** @template {{ weight: number }} T @param {() => number} rand @param {T[]} items @returns {T} */
export function weighted(rand, items) {
  let r = rand() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) if ((r -= item.weight) < 0) return item;
  return /** @type {T} */ (items[items.length - 1]);
}

/** @template T @param {() => number} rand @param {T[]} items @returns {T} */
function pick(rand, items) {
  return /** @type {T} */ (items[Math.floor(rand() * items.length)]);
}

const clamp = (x, min, max) => Math.min(max, Math.max(min, Math.round(x)));

function uuidV4(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(rand() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Relative likelihood of a ticket closing at t: weekdays and working hours (UTC ≈ Rome − 1/2 h). */
function timeWeight(t) {
  const d = new Date(t);
  const day = d.getUTCDay();
  const hour = d.getUTCHours();
  const dayWeight = day === 0 ? 0.12 : day === 6 ? 0.3 : 1;
  const hourWeight = hour >= 8 && hour < 19 ? (hour === 11 ? 0.75 : 1) : hour === 7 || hour === 19 || hour === 20 ? 0.3 : 0.04;
  return dayWeight * hourWeight;
}

/** A created_at in (now − days, now], by rejection sampling on timeWeight. */
export function drawTime(rand, now, days) {
  for (;;) {
    const t = now - Math.floor(rand() * days * DAY);
    if (rand() < timeWeight(t)) return t;
  }
}

function moodOf({ nps, csat, ces }) {
  if (nps !== null) return nps <= 6 ? 'neg' : nps <= 8 ? 'neu' : 'pos';
  if (csat !== null) return csat <= 2 ? 'neg' : csat === 3 ? 'neu' : 'pos';
  return /** @type {number} */ (ces) >= 4 ? 'neg' : ces === 3 ? 'neu' : 'pos';
}

function makeComment(rand, lang, mood, agent) {
  const text = pick(rand, COMMENTS[lang][mood]);
  if (rand() >= 0.25) return text;
  const detail = pick(rand, DETAILS[lang][mood]).replace('{agent}', agent.name).replace('{area}', pick(rand, AREAS[lang]));
  return `${text} ${detail}`;
}

/**
 * The generated rows, oldest first. Same options (including `now`) → same rows.
 * @param {{ site?: string, survey?: string, count?: number, days?: number, now?: number, seed?: number }} [options]
 * @returns {Array<Record<string, string | number | null>>} rows keyed by column name
 */
export function demoResponses({ site = 'demo', survey = 'support', count = 3000, days = 90, now = Date.now(), seed = 42, ticketStart = 10_000 } = {}) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!(days > 0)) throw new RangeError(`days must be positive, got ${days}`);
  if (!Number.isInteger(now)) throw new RangeError(`now must be epoch milliseconds, got ${now}`);
  const rand = mulberry32(seed);
  // Times get their own stream, so the answers do not change with `now` (only the dates do).
  const timeRand = mulberry32(seed ^ 0x9e3779b9);

  // A shuffled pool of customers with a fixed language; a few of them open many tickets.
  const customers = Array.from({ length: CUSTOMER_POOL }, (_, i) => ({
    id: `c-${String(((i * 7919) % CUSTOMER_POOL) + 1).padStart(4, '0')}`,
    lang: rand() < 0.65 ? 'it' : 'en',
  }));
  const times = Array.from({ length: count }, () => drawTime(timeRand, now, days)).sort((a, b) => a - b);
  let ticketNumber = ticketStart + Math.floor(rand() * 500);

  return times.map((createdAt) => {
    const agent = weighted(rand, AGENTS);
    const channel = weighted(rand, CHANNELS);
    const customer = /** @type {{ id: string, lang: 'it' | 'en' }} */ (customers[Math.floor(rand() ** 1.3 * CUSTOMER_POOL)]);
    const source = rand() < 0.75 ? 'widget' : 'email';
    const progress = 1 - (now - createdAt) / (days * DAY);
    const latent = BASE + agent.quality + channel.effect + TREND * (progress - 0.5) + SPREAD * normal(rand);
    const toFive = (x) => clamp(0.85 + 0.42 * (x + 0.8 * normal(rand)), 1, 5);

    let nps = rand() < 0.05 ? null : clamp(latent, 0, 10);
    const csat = rand() < 0.08 ? null : toFive(latent);
    const ces = rand() < 0.1 ? null : clamp(5.8 - 0.4 * (latent + 0.9 * normal(rand)), 1, 5);
    if (nps === null && csat === null && ces === null) nps = clamp(latent, 0, 10);

    const aspects = ces !== null && rand() < 0.6
      ? JSON.stringify({ courtesy: toFive(latent + 0.6), competence: toFive(latent + 0.5 * agent.quality), speed: toFive(latent - 0.4 + channel.speed) })
      : null;
    // Unhappy customers write more often.
    const mood = moodOf({ nps, csat, ces });
    const comment = rand() < COMMENT_RATE[mood] ? makeComment(rand, customer.lang, mood, agent) : null;
    // Some widget answers got their comment a few minutes later: a merge, so revision 1.
    const merged = source === 'widget' && comment !== null && rand() < 0.3;
    ticketNumber += 1 + Math.floor(rand() * 3);

    return {
      id: uuidV4(rand),
      site_id: site,
      survey_id: survey,
      ticket: `T-${ticketNumber}`,
      csat, ces, nps, comment, aspects,
      lang: customer.lang,
      source,
      // Email answers come through signed links; a third of the widget's carry the site's ticket token.
      verified: source === 'email' || ticketNumber % 3 === 0 ? 1 : 0,
      agent: agent.id,
      channel: channel.id,
      customer: customer.id,
      page: source === 'widget' ? DEMO_PAGE : null,
      created_at: createdAt,
      updated_at: merged ? Math.min(now, createdAt + 20_000 + Math.floor(rand() * 280_000)) : createdAt,
      revision: merged ? 1 : 0,
    };
  });
}

/** A SQLite literal: NULL, an integer, or a single-quoted string with quotes doubled. */
export function sqlLiteral(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError(`not an integer: ${value}`);
    return String(value);
  }
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * The demo rows as INSERT statements of at most 100 rows each (far below D1's 100 KB limit).
 * @param {{ site?: string, survey?: string, count?: number, days?: number, now?: number, seed?: number }} [options]
 * @returns {{ sql: string[], count: number }} complete statements, each ending with ';'
 */
export function demoResponsesSql(options = {}) {
  const rows = demoResponses(options);
  const sql = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const tuples = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((row) => `(${COLUMNS.map((column) => sqlLiteral(row[column])).join(',')})`);
    sql.push(`INSERT INTO responses (${COLUMNS.join(', ')}) VALUES\n${tuples.join(',\n')};`);
  }
  return { sql, count: rows.length };
}
