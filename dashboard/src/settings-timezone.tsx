// Settings: the site's time zone (SPEC "Sites and people", `timezone`): every day boundary — from/to,
// trend days, weeks and months, "today", the digest, CSV dates — is in it. Changing it recounts the days.
import { useState } from 'preact/hooks';
import { api, enc } from './api';
import { formErrors } from './field';
import { ActionStatus, useAction } from './use-action';

/** The IANA names this browser knows, UTC first (some browsers leave it out of the list). */
function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

export function SettingsTimeZone({ site, zone, reload }: { site: string; zone: string; reload(): void }) {
  const action = useAction();
  const [value, setValue] = useState(zone);
  const [error, setError] = useState('');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const ok = await action.run(async () => {
      try {
        await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body: { timezone: value } });
      } catch (err) {
        setError(formErrors(err).fields.timezone ?? '');
        throw err;
      }
      setError('');
      return `Saved: days now run midnight to midnight in ${value}, and the per-day counts were recounted.`;
    });
    if (ok) reload();
  };

  return (
    <section class="panel" aria-labelledby="timezone-h">
      <h2 id="timezone-h">Time zone</h2>
      <p class="muted">
        Days, weeks and months in the dashboard, the CSV export and the weekly digest run in this time zone. Changing
        it moves every answer to its day in the new zone.
      </p>
      <form class="stack-form" onSubmit={save} noValidate>
        <div class="field">
          <label for="tz-zone">Time zone</label>
          <select
            id="tz-zone"
            value={value}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'tz-zone-error' : undefined}
            onChange={(e) => setValue(e.currentTarget.value)}
          >
            {zones(zone).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          {error && (
            <p id="tz-zone-error" class="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit">Save time zone</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
