// Settings: the site's time zone (SPEC "Sites and people", `timezone`): every day boundary — from/to,
// trend days, weeks and months, "today", the digest, CSV dates — is in it. Changing it recounts the days.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { formErrors, SelectField } from '../../components/field';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './timezone.text';

/** The IANA names this browser knows, UTC first (some browsers leave it out of the list). */
function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

export function SettingsTimeZone({ site, zone, reload }: { site: string; zone: string; reload(): void }) {
  const t = tr(T);
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
      return t.saved(value);
    });
    if (ok) reload();
  };

  return (
    <section class="panel" aria-labelledby="timezone-h">
      <h2 id="timezone-h">{t.title}</h2>
      <p class="muted">
        {t.about}
      </p>
      <form class="stack-form" onSubmit={save} noValidate>
        <SelectField id="tz-zone" label={t.label} value={value} choices={zones(zone)} error={error} onChange={setValue} />
        <button type="submit">{t.save}</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
