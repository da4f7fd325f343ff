// Settings: how long the site's answers are kept (SPEC "Sites and people", `retentionDays`); empty
// keeps everything. The daily job erases older answers but leaves the per-day counts.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { focusSoon, formErrors } from '../../components/field';
import { ActionStatus, useAction } from '../../lib/use-action';

const MIN = 7;
const MAX = 3650;

export function SettingsRetention({
  site,
  days,
  reload,
}: {
  site: string;
  days: number | null;
  reload(): void;
}) {
  const action = useAction();
  const [value, setValue] = useState(days === null ? '' : String(days));
  const [error, setError] = useState('');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const text = value.trim();
    const n = Number(text);
    if (text && (!/^\d+$/.test(text) || n < MIN || n > MAX)) {
      setError(`Enter a whole number of days from ${MIN} to ${MAX}, or leave it empty to keep everything.`);
      action.fail('Please correct the number of days.');
      return focusSoon('r-days');
    }
    setError('');
    const retentionDays = text ? n : null;
    const ok = await action.run(async () => {
      try {
        await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body: { retentionDays } });
      } catch (err) {
        setError(formErrors(err).fields.retentionDays ?? '');
        throw err;
      }
      return retentionDays === null
        ? 'Saved: answers are kept for as long as the site exists.'
        : `Saved: answers older than ${retentionDays} days will be erased each day.`;
    });
    if (ok) reload();
  };

  return (
    <section class="panel" aria-labelledby="retention-h">
      <h2 id="retention-h">Retention</h2>
      <p class="muted">
        Once a day, responses, comments and ticket facts older than this are erased for good. The per-day
        counts remain, so the numbers and trends of older days still show.
      </p>
      <form class="stack-form" onSubmit={save} noValidate>
        <div class="field retention-field">
          <label for="r-days">Erase answers older than (days)</label>
          <input
            id="r-days"
            type="number"
            inputMode="numeric"
            min={MIN}
            max={MAX}
            step={1}
            placeholder="Keep everything"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`r-days-hint${error ? ' r-days-error' : ''}`}
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <p id="r-days-hint" class="hint">
            {MIN} to {MAX} days; leave it empty to keep everything.
          </p>
          {error && (
            <p id="r-days-error" class="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit">Save retention</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
