// One follow-up: why it needs a call back, the response with the question its comment answered, and
// its status, owner (one of the site's people) and note — editable by admins and responders with
// Save, read-only for viewers.
import { useState } from 'preact/hooks';
import type { FollowUp, FollowUpReason, FollowUpStatus, SitePeople } from '../../../../shared/api';
import { api, ApiError, enc } from '../../lib/api';
import { SelectField } from '../../components/field';
import { fmtTime } from '../../lib/dates';
import { ResponseView } from '../../components/response-item';

export const STATUSES: { id: FollowUpStatus; label: string }[] = [
  { id: 'new', label: 'New' },
  { id: 'contacted', label: 'Contacted' },
  { id: 'resolved', label: 'Resolved' },
];

export const REASONS: Record<FollowUpReason, string> = {
  detractor: 'Detractor',
  'low-csat': 'CSAT ≤ 2',
  'high-effort': 'High effort',
};

interface Props {
  q: URLSearchParams;
  site: string;
  item: FollowUp;
  readOnly: boolean;
  /** Who may own it (GET …/people); undefined while loading. */
  people: SitePeople | undefined;
  ticketUrl: string | null;
  onSaved(next: FollowUp): void;
}

/** The owner in words: the person's email, else what was stored (a name typed before owners were people). */
export function ownerText(item: FollowUp, people: SitePeople | undefined): string {
  if (!item.owner) return 'Nobody';
  const email = people?.people.find((p) => p.id === item.owner)?.email ?? item.ownerEmail;
  if (email) return item.owner === people?.me ? `${email} (you)` : email;
  return `${item.owner} (no longer here)`;
}

export function FollowUpItem({ q, site, item, readOnly, people, ticketUrl, onSaved }: Props) {
  const id = item.response.id;
  const [status, setStatus] = useState<FollowUpStatus>(item.status);
  const [owner, setOwner] = useState(item.owner ?? '');
  const [note, setNote] = useState(item.note ?? '');
  const [state, setState] = useState<{ busy?: boolean; msg?: string; error?: string }>({});

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (state.busy) return;
    // Only what changed: an owner who has left the site stays unless someone picks another.
    const body: Record<string, string | null> = {};
    if (status !== item.status) body.status = status;
    if (owner !== (item.owner ?? '')) body.owner = owner || null;
    if ((note.trim() || null) !== item.note) body.note = note.trim() || null;
    setState({ busy: true, msg: 'Saving…' });
    try {
      const next = await api<FollowUp>(`/sites/${enc(site)}/followups/${enc(id)}`, { method: 'PATCH', body });
      setState({ msg: next.status !== item.status ? `Saved; moved to “${next.status}”.` : 'Saved.' });
      onSaved(next);
    } catch (err) {
      const a = err as ApiError;
      setState({ error: a.notBuilt ? 'Saving is not available yet.' : a.message });
    }
  };

  // The stored owner may no longer be one of the people (removed from the site, or a typed name): keep it choosable.
  const known = !item.owner || people?.people.some((p) => p.id === item.owner);
  const reasons = (
    <div class="reasons">
      <span id={`fr-${id}`} class="reasons-label">
        Call back:
      </span>
      <ul aria-labelledby={`fr-${id}`}>
        {item.reasons.map((r) => (
          <li key={r} class="badge">
            {REASONS[r]}
          </li>
        ))}
      </ul>
    </div>
  );

  const side = readOnly ? (
    <dl class="followup-ro">
      <dt>Status</dt>
      <dd>{STATUSES.find((s) => s.id === item.status)?.label ?? item.status}</dd>
      <dt>Owner</dt>
      <dd>{item.owner ? ownerText(item, people) : '—'}</dd>
      <dt>Note</dt>
      <dd class="note-text">{item.note ?? '—'}</dd>
      {item.updatedAt && (
        <>
          <dt>Updated</dt>
          <dd>{fmtTime(item.updatedAt)}</dd>
        </>
      )}
    </dl>
  ) : (
    <form
      class="followup-form"
      onSubmit={save}
      aria-label={`Follow-up of ticket ${item.response.ticket ?? id}`}
    >
      <SelectField
        id={`fs-${id}`}
        label="Status"
        value={status}
        choices={STATUSES.map((s) => ({ value: s.id, label: s.label }))}
        onChange={(value) => setStatus(value as FollowUpStatus)}
      />
      <SelectField
        id={`fo-${id}`}
        label="Owner"
        value={owner}
        choices={[
          { value: '', label: 'Nobody' },
          ...(known ? [] : [{ value: item.owner!, label: ownerText(item, people) }]),
          ...(people?.people.map((p) => ({ value: p.id, label: p.id === people.me ? `${p.email} (you)` : p.email })) ?? []),
        ]}
        onChange={setOwner}
      />
      <div class="field wide">
        <label for={`fn-${id}`}>Note</label>
        <textarea
          id={`fn-${id}`}
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <div class="form-end">
        <button type="submit" aria-disabled={state.busy ? 'true' : undefined}>
          Save
        </button>
        <span role="status" class="muted">
          {state.msg}
        </span>
        {state.error && (
          <span role="alert" class="error-text">
            {state.error}
          </span>
        )}
      </div>
      {item.updatedAt && <p class="muted small">Last updated {fmtTime(item.updatedAt)}</p>}
    </form>
  );

  return (
    <ResponseView
      q={q}
      r={item.response}
      badges={reasons}
      side={side}
      ticketUrl={ticketUrl}
      question={item.question}
    />
  );
}
