// Wording of Settings → Time zone (timezone.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  saved: (zone: string) =>
    `Saved: days now run midnight to midnight in ${zone}, and the per-day counts were recounted.`,
  title: 'Time zone',
  about:
    'Days, weeks and months in the dashboard, the CSV export and the weekly digest run in this time zone. Changing it moves every answer to its day in the new zone.',
  label: 'Time zone',
  save: 'Save time zone',
};

export const T: Text<typeof en> = {
  en,
  it: {
    saved: (zone) =>
      `Salvato: ora i giorni vanno da mezzanotte a mezzanotte nel fuso ${zone}, e i conteggi giornalieri sono stati ricalcolati.`,
    title: 'Fuso orario',
    about:
      'Giorni, settimane e mesi nella dashboard, nell’esportazione CSV e nel riepilogo settimanale seguono questo fuso orario. Cambiandolo, ogni risposta passa al suo giorno nel nuovo fuso.',
    label: 'Fuso orario',
    save: 'Salva fuso orario',
  },
};
