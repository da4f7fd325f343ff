// Zendesk ticket metrics → Voce: what a trigger's placeholders cannot say (first reply, agent replies,
// reopens), read from GET /api/v2/tickets/{id}/metrics and posted to POST /api/v1/tickets (README).
// Node 18+, no dependencies: node zendesk-metrics.mjs 48213 48214 …  (at most 100 IDs per run)
const { ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_TOKEN, VOCE_URL, VOCE_KEY } = process.env;
const zendeskAuth = `Basic ${btoa(`${ZENDESK_EMAIL}/token:${ZENDESK_TOKEN}`)}`;

async function zendesk(path) {
  const res = await fetch(`${ZENDESK_URL}/api/v2/${path}`, { headers: { Authorization: zendeskAuth } });
  if (!res.ok) throw new Error(`Zendesk ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const STATUS = { solved: 'solved', closed: 'closed' }; // new, open, pending, hold: still open
const later = (iso, minutes) => (minutes == null ? undefined : new Date(Date.parse(iso) + minutes * 60_000).toISOString());

const facts = [];
for (const id of process.argv.slice(2)) {
  const { ticket } = await zendesk(`tickets/${id}.json`);
  const { ticket_metric: m } = await zendesk(`tickets/${id}/metrics.json`);
  // Agent, channel, group and priority are left out: the trigger sent them, and Voce keeps what a send leaves out.
  facts.push({
    ticket: String(ticket.id),
    status: STATUS[ticket.status] ?? 'open',
    createdAt: ticket.created_at,
    firstResponseAt: later(ticket.created_at, m.reply_time_in_minutes?.calendar),
    solvedAt: m.solved_at ?? undefined,
    agentReplies: m.replies,
    reopens: m.reopens,
  });
}
const res = await fetch(`${VOCE_URL}/api/v1/tickets`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${VOCE_KEY}`, 'Content-Type': 'application/json' },
  body: JSON.stringify(facts),
});
console.log(res.status, await res.text());
if (!res.ok) process.exitCode = 1;
