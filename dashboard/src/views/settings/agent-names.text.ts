// The wording of Settings → Agent names (agent-names.tsx) in every dashboard language (lib/i18n).
import type { Text } from '../../lib/i18n';

const en = {
  heading: 'Agent names',
  intro: 'The name to show for each agent ID your helpdesk sends. Leave a field empty to show the ID.',
  none: 'No agent has been seen on this site yet.',
  label: (id: string) => `Name for ${id}`,
  save: 'Save agent names',
  saved: 'Saved: the dashboard now shows these names.',
};
export const T: Text<typeof en> = {
  en,
  it: {
    heading: 'Nomi degli agenti',
    intro: 'Il nome da mostrare per ogni ID agente inviato dal tuo helpdesk. Lascia vuoto un campo per mostrare l’ID.',
    none: 'Su questo sito non è ancora comparso alcun agente.',
    label: (id: string) => `Nome per ${id}`,
    save: 'Salva i nomi degli agenti',
    saved: 'Salvato: la dashboard ora mostra questi nomi.',
  },
  es: {
    heading: 'Nombres de los agentes',
    intro: 'El nombre que se muestra para cada ID de agente que envía tu helpdesk. Deja un campo vacío para mostrar el ID.',
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

  pt: {
    heading: 'Nomes dos agentes',
    intro: 'O nome a mostrar para cada ID de agente que o seu helpdesk envia. Deixe um campo vazio para mostrar o ID.',
    none: 'Ainda não apareceu nenhum agente neste site.',
    label: (id: string) => `Nome para ${id}`,
    save: 'Guardar os nomes dos agentes',
    saved: 'Guardado: o painel mostra agora estes nomes.',
  },
  pl: {
    heading: 'Nazwy agentów',
    intro: 'Nazwa wyświetlana dla każdego identyfikatora agenta, który wysyła Twój helpdesk. Zostaw pole puste, aby pokazywać identyfikator.',
    none: 'W tej witrynie nie pojawił się jeszcze żaden agent.',
    label: (id: string) => `Nazwa dla ${id}`,
    save: 'Zapisz nazwy agentów',
    saved: 'Zapisano: panel pokazuje teraz te nazwy.',
  },
  nl: {
    heading: 'Namen van agents',
    intro: 'De naam die wordt getoond voor elke agent-ID die je helpdesk meestuurt. Laat een veld leeg om de ID te tonen.',
    none: 'Er is nog geen agent op deze site verschenen.',
    label: (id: string) => `Naam voor ${id}`,
    save: 'Namen van agents opslaan',
    saved: 'Opgeslagen: het dashboard toont nu deze namen.',
  },
};
