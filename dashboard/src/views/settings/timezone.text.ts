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
  es: {
    saved: (zone) =>
      `Guardado: ahora los días van de medianoche a medianoche en ${zone}, y los recuentos diarios se han recalculado.`,
    title: 'Zona horaria',
    about:
      'Los días, semanas y meses del panel, la exportación CSV y el resumen semanal siguen esta zona horaria. Al cambiarla, cada respuesta pasa a su día en la nueva zona.',
    label: 'Zona horaria',
    save: 'Guardar zona horaria',
  },
  fr: {
    saved: (zone) =>
      `Enregistré : les jours vont désormais de minuit à minuit dans le fuseau ${zone}, et les décomptes par jour ont été recalculés.`,
    title: 'Fuseau horaire',
    about:
      'Les jours, semaines et mois du tableau de bord, de l’export CSV et du récapitulatif hebdomadaire suivent ce fuseau horaire. Le changer déplace chaque réponse vers son jour dans le nouveau fuseau.',
    label: 'Fuseau horaire',
    save: 'Enregistrer le fuseau horaire',
  },
  de: {
    saved: (zone) =>
      `Gespeichert: Tage laufen jetzt von Mitternacht bis Mitternacht in ${zone}, die Tageszählungen wurden neu berechnet.`,
    title: 'Zeitzone',
    about:
      'Tage, Wochen und Monate im Dashboard, im CSV-Export und in der wöchentlichen Zusammenfassung richten sich nach dieser Zeitzone. Eine Änderung ordnet jede Antwort ihrem Tag in der neuen Zeitzone zu.',
    label: 'Zeitzone',
    save: 'Zeitzone speichern',
  },
  pt: {
    saved: (zone) =>
      `Guardado: os dias vão agora de meia-noite a meia-noite em ${zone}, e as contagens diárias foram recalculadas.`,
    title: 'Fuso horário',
    about:
      'Os dias, semanas e meses do painel, da exportação CSV e do resumo semanal seguem este fuso horário. Alterá-lo move cada resposta para o seu dia no novo fuso.',
    label: 'Fuso horário',
    save: 'Guardar fuso horário',
  },
  pl: {
    saved: (zone) =>
      `Zapisano: dni liczą się teraz od północy do północy w strefie ${zone}, a dzienne liczniki zostały przeliczone.`,
    title: 'Strefa czasowa',
    about:
      'Dni, tygodnie i miesiące w panelu, eksporcie CSV i cotygodniowym podsumowaniu liczą się w tej strefie czasowej. Jej zmiana przypisuje każdą odpowiedź do jej dnia w nowej strefie.',
    label: 'Strefa czasowa',
    save: 'Zapisz strefę czasową',
  },
  nl: {
    saved: (zone) =>
      `Opgeslagen: dagen lopen nu van middernacht tot middernacht in ${zone}, en de tellingen per dag zijn opnieuw berekend.`,
    title: 'Tijdzone',
    about:
      'Dagen, weken en maanden in het dashboard, de CSV-export en het wekelijkse overzicht volgen deze tijdzone. Wijzigen verplaatst elk antwoord naar zijn dag in de nieuwe zone.',
    label: 'Tijdzone',
    save: 'Tijdzone opslaan',
  },
};
