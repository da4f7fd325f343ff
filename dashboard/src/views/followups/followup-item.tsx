// One follow-up: why it needs a call back, the response with the question its comment answered, and
// its status, owner (one of the site's people) and note — editable by admins and responders with
// Save, read-only for viewers.
import { useState } from 'preact/hooks';
import type { FollowUp, FollowUpReason, FollowUpStatus, SitePeople } from '../../../../shared/api';
import { api, ApiError, enc } from '../../lib/api';
import { SelectField } from '../../components/field';
import { fmtTime } from '../../lib/dates';
import { ResponseView } from '../../components/response-item';
import { tr } from '../../lib/i18n';
import { FOLLOWUP_TEXT } from './followup.text';

const status = (id: FollowUpStatus) => ({
  id,
  get label() {
    return tr(FOLLOWUP_TEXT).statuses[id];
  },
});

/** The statuses; each label reads the language in force. */
export const STATUSES: { id: FollowUpStatus; readonly label: string }[] = (['new', 'contacted', 'resolved'] as const).map(status);

/** The reasons' names, in the language in force. */
export const REASONS: Record<FollowUpReason, string> = {
  get detractor() {
    return tr(FOLLOWUP_TEXT).reasons.detractor;
  },
  get 'low-csat'() {
    return tr(FOLLOWUP_TEXT).reasons['low-csat'];
  },
  get 'high-effort'() {
    return tr(FOLLOWUP_TEXT).reasons['high-effort'];
  },
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
  const t = tr(FOLLOWUP_TEXT);
  if (!item.owner) return t.nobody;
  const email = people?.people.find((p) => p.id === item.owner)?.email ?? item.ownerEmail;
  if (email) return item.owner === people?.me ? t.you(email) : email;
  return t.gone(item.owner);
}

export function FollowUpItem({ q, site, item, readOnly, people, ticketUrl, onSaved }: Props) {
  const t = tr(FOLLOWUP_TEXT);
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
    setState({ busy: true, msg: t.saving });
    try {
      const next = await api<FollowUp>(`/sites/${enc(site)}/followups/${enc(id)}`, { method: 'PATCH', body });
      setState({ msg: next.status !== item.status ? t.moved(t.statuses[next.status]) : t.saved });
      onSaved(next);
    } catch (err) {
      const a = err as ApiError;
      setState({ error: a.notBuilt ? t.notBuilt : a.message });
    }
  };

  // The stored owner may no longer be one of the people (removed from the site, or a typed name): keep it choosable.
  const known = !item.owner || people?.people.some((p) => p.id === item.owner);
  const reasons = (
    <div class="reasons">
      <span id={`fr-${id}`} class="reasons-label">
        {t.callBack}
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
      <dt>{t.status}</dt>
      <dd>{STATUSES.find((s) => s.id === item.status)?.label ?? item.status}</dd>
      <dt>{t.owner}</dt>
      <dd>{item.owner ? ownerText(item, people) : '—'}</dd>
      <dt>{t.note}</dt>
      <dd class="note-text">{item.note ?? '—'}</dd>
      {item.updatedAt && (
        <>
          <dt>{t.updated}</dt>
          <dd>{fmtTime(item.updatedAt)}</dd>
        </>
      )}
    </dl>
  ) : (
    <form
      class="followup-form"
      onSubmit={save}
      aria-label={t.form(item.response.ticket ?? id)}
    >
      <SelectField
        id={`fs-${id}`}
        label={t.status}
        value={status}
        choices={STATUSES.map((s) => ({ value: s.id, label: s.label }))}
        onChange={(value) => setStatus(value as FollowUpStatus)}
      />
      <SelectField
        id={`fo-${id}`}
        label={t.owner}
        value={owner}
        choices={[
          { value: '', label: t.nobody },
          ...(known ? [] : [{ value: item.owner!, label: ownerText(item, people) }]),
          ...(people?.people.map((p) => ({ value: p.id, label: p.id === people.me ? t.you(p.email) : p.email })) ?? []),
        ]}
        onChange={setOwner}
      />
      <div class="field wide">
        <label for={`fn-${id}`}>{t.note}</label>
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
          {t.save}
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
      {item.updatedAt && <p class="muted small">{t.lastUpdated(fmtTime(item.updatedAt))}</p>}
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
