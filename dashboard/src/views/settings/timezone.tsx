// Settings: the site's time zone (SPEC "Sites and people", `timezone`): every day boundary — from/to,
// trend days, weeks and months, "today", the digest, CSV dates — is in it. Changing it recounts the days.
import { useEffect, useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { formErrors, SelectField } from '../../components/field';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './timezone.text';
import { RecountingNote } from '../../components/recounting';

/** How often the panel looks again while a recount is pending. */
const RECOUNT_POLL_MS = 5000;

/** The IANA names this browser knows, UTC first (some browsers leave it out of the list). */
function zones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

export function SettingsTimeZone({ site, zone, recounting = false, reload }: { site: string; zone: string; recounting?: boolean; reload(): void }) {
  const t = tr(T);
  const action = useAction();
  const [value, setValue] = useState(zone);
  const [error, setError] = useState('');

  // Look again until the recount is done, so the note goes away by itself.
  useEffect(() => {
    if (!recounting) return;
    const timer = setTimeout(reload, RECOUNT_POLL_MS);
    return () => clearTimeout(timer);
  }, [recounting, reload]);

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
      {recounting && <RecountingNote />}
    </section>
  );
}
