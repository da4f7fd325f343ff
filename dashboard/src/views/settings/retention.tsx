// Settings: how long the site's answers are kept (SPEC "Sites and people", `retentionDays`); empty
// keeps everything. The daily job erases older answers but leaves the per-day counts.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { focusSoon, formErrors } from '../../components/field';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './retention.text';

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
  const t = tr(T);
  const action = useAction();
  const [value, setValue] = useState(days === null ? '' : String(days));
  const [error, setError] = useState('');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const text = value.trim();
    const n = Number(text);
    if (text && (!/^\d+$/.test(text) || n < MIN || n > MAX)) {
      setError(t.range(MIN, MAX));
      action.fail(t.correct);
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
        ? t.keptAll
        : t.kept(retentionDays);
    });
    if (ok) reload();
  };

  return (
    <section class="panel" aria-labelledby="retention-h">
      <h2 id="retention-h">{t.title}</h2>
      <p class="muted">
        {t.about}
      </p>
      <form class="stack-form" onSubmit={save} noValidate>
        <div class="field retention-field">
          <label for="r-days">{t.label}</label>
          <input
            id="r-days"
            type="number"
            inputMode="numeric"
            min={MIN}
            max={MAX}
            step={1}
            placeholder={t.keepAll}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`r-days-hint${error ? ' r-days-error' : ''}`}
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <p id="r-days-hint" class="hint">
            {t.hint(MIN, MAX)}
          </p>
          {error && (
            <p id="r-days-error" class="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit">{t.save}</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
