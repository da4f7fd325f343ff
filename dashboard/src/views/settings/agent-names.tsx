// Settings: display names for the agent ids the site has seen (agentNames), so "giulia" reads
// "Giulia Bianchi" wherever an agent appears. An empty field leaves the id as it is.
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../../shared/api';
import { api, enc } from '../../lib/api';
import { tr } from '../../lib/i18n';
import { ActionStatus, useAction } from '../../lib/use-action';
import { T } from './agent-names.text';

export function SettingsAgentNames({ site, names, reload }: { site: SiteInfo; names: Record<string, string>; reload(): void }) {
  const t = tr(T);
  const action = useAction();
  const ids = [...new Set([...site.agents, ...Object.keys(names)])].sort((a, b) => a.localeCompare(b));
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(ids.map((id) => [id, names[id] ?? ''])));

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    // Only what changed: "" removes a name.
    const changed = Object.fromEntries(ids.filter((id) => (draft[id] ?? '').trim() !== (names[id] ?? '')).map((id) => [id, (draft[id] ?? '').trim()]));
    const ok = await action.run(async () => {
      await api(`/sites/${enc(site.id)}/settings`, { method: 'PATCH', body: { agentNames: changed } });
      return t.saved;
    });
    if (ok) reload();
  };

  return (
    <section class="panel" aria-labelledby="agent-names-h">
      <h2 id="agent-names-h">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      {ids.length === 0 ? (
        <p class="note">{t.none}</p>
      ) : (
        <form class="stack-form agent-names" onSubmit={save} noValidate>
          {ids.map((id, i) => (
            <div class="field" key={id}>
              <label for={`agent-name-${i}`}>{t.label(id)}</label>
              <input
                id={`agent-name-${i}`}
                type="text"
                maxLength={80}
                autoComplete="off"
                value={draft[id] ?? ''}
                onInput={(e) => setDraft((d) => ({ ...d, [id]: e.currentTarget.value }))}
              />
            </div>
          ))}
          <button type="submit" disabled={action.busy}>
            {t.save}
          </button>
        </form>
      )}
      <ActionStatus action={action} />
    </section>
  );
}
