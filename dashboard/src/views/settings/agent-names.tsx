// Settings: display names for the agent ids the site has seen (agentNames), so "giulia" reads
// "Giulia Bianchi" wherever an agent appears. An empty field leaves the id as it is.
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../../shared/api';
import { api, enc } from '../../lib/api';
import { tr, type Text } from '../../lib/i18n';
import { ActionStatus, useAction } from '../../lib/use-action';

const en = {
  heading: 'Agent names',
  intro: 'The name to show for each agent ID your helpdesk sends. Leave a field empty to show the ID.',
  none: 'No agent has been seen on this site yet.',
  label: (id: string) => `Name for ${id}`,
  save: 'Save agent names',
  saved: 'Saved: the dashboard now shows these names.',
};
const T: Text<typeof en> = {
  en,
  it: {
    heading: 'Nomi degli agenti',
    intro: 'Il nome da mostrare per ogni ID agente inviato dal vostro helpdesk. Lasciate vuoto un campo per mostrare l’ID.',
    none: 'Su questo sito non è ancora comparso alcun agente.',
    label: (id: string) => `Nome per ${id}`,
    save: 'Salva i nomi degli agenti',
    saved: 'Salvato: la dashboard ora mostra questi nomi.',
  },
  es: {
    heading: 'Nombres de los agentes',
    intro: 'El nombre que se muestra para cada ID de agente que envía su helpdesk. Deje un campo vacío para mostrar el ID.',
    none: 'Aún no ha aparecido ningún agente en este sitio.',
    label: (id: string) => `Nombre para ${id}`,
    save: 'Guardar los nombres',
    saved: 'Guardado: el panel ya muestra estos nombres.',
  },
  fr: {
    heading: 'Noms des agents',
    intro: 'Le nom à afficher pour chaque identifiant d’agent envoyé par votre helpdesk. Laissez un champ vide pour afficher l’identifiant.',
    none: 'Aucun agent n’est encore apparu sur ce site.',
    label: (id: string) => `Nom pour ${id}`,
    save: 'Enregistrer les noms',
    saved: 'Enregistré : le tableau de bord affiche maintenant ces noms.',
  },
  de: {
    heading: 'Namen der Agenten',
    intro: 'Der Name, der für jede Agenten-ID Ihres Helpdesks angezeigt wird. Ein leeres Feld zeigt die ID.',
    none: 'Auf dieser Website ist noch kein Agent aufgetaucht.',
    label: (id: string) => `Name für ${id}`,
    save: 'Namen speichern',
    saved: 'Gespeichert: Das Dashboard zeigt jetzt diese Namen.',
  },
};

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
