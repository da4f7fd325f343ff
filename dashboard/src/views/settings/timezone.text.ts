// Wording of Settings → Time zone (timezone.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  saved: (zone: string) =>
    `Saved: days now run midnight to midnight in ${zone}; the per-day counts move to the new days in the background.`,
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
      `Salvato: ora i giorni vanno da mezzanotte a mezzanotte nel fuso ${zone}; i conteggi giornalieri passano ai nuovi giorni in background.`,
    title: 'Fuso orario',
    about:
      'Giorni, settimane e mesi nella dashboard, nell’esportazione CSV e nel riepilogo settimanale seguono questo fuso orario. Cambiandolo, ogni risposta passa al suo giorno nel nuovo fuso.',
    label: 'Fuso orario',
    save: 'Salva fuso orario',
  },
  es: {
    saved: (zone) =>
      `Guardado: ahora los días van de medianoche a medianoche en ${zone}; los recuentos diarios pasan a los nuevos días en segundo plano.`,
    title: 'Zona horaria',
    about:
      'Los días, semanas y meses del panel, la exportación CSV y el resumen semanal siguen esta zona horaria. Al cambiarla, cada respuesta pasa a su día en la nueva zona.',
    label: 'Zona horaria',
    save: 'Guardar zona horaria',
  },
  fr: {
    saved: (zone) =>
      `Enregistré : les jours vont désormais de minuit à minuit dans le fuseau ${zone} ; les décomptes par jour passent aux nouveaux jours en arrière-plan.`,
    title: 'Fuseau horaire',
    about:
      'Les jours, semaines et mois du tableau de bord, de l’export CSV et du récapitulatif hebdomadaire suivent ce fuseau horaire. Le changer déplace chaque réponse vers son jour dans le nouveau fuseau.',
    label: 'Fuseau horaire',
    save: 'Enregistrer le fuseau horaire',
  },
  de: {
    saved: (zone) =>
      `Gespeichert: Tage laufen jetzt von Mitternacht bis Mitternacht in ${zone}; die Tageszählungen wandern im Hintergrund zu den neuen Tagen.`,
    title: 'Zeitzone',
    about:
      'Tage, Wochen und Monate im Dashboard, im CSV-Export und in der wöchentlichen Zusammenfassung richten sich nach dieser Zeitzone. Eine Änderung ordnet jede Antwort ihrem Tag in der neuen Zeitzone zu.',
    label: 'Zeitzone',
    save: 'Zeitzone speichern',
  },
  pt: {
    saved: (zone) =>
      `Guardado: os dias vão agora de meia-noite a meia-noite em ${zone}; as contagens diárias passam para os novos dias em segundo plano.`,
    title: 'Fuso horário',
    about:
      'Os dias, semanas e meses do painel, da exportação CSV e do resumo semanal seguem este fuso horário. Alterá-lo move cada resposta para o seu dia no novo fuso.',
    label: 'Fuso horário',
    save: 'Guardar fuso horário',
  },
  pl: {
    saved: (zone) =>
      `Zapisano: dni liczą się teraz od północy do północy w strefie ${zone}; dzienne liczniki przechodzą na nowe dni w tle.`,
    title: 'Strefa czasowa',
    about:
      'Dni, tygodnie i miesiące w panelu, eksporcie CSV i cotygodniowym podsumowaniu liczą się w tej strefie czasowej. Jej zmiana przypisuje każdą odpowiedź do jej dnia w nowej strefie.',
    label: 'Strefa czasowa',
    save: 'Zapisz strefę czasową',
  },
  nl: {
    saved: (zone) =>
      `Opgeslagen: dagen lopen nu van middernacht tot middernacht in ${zone}; de tellingen per dag verhuizen op de achtergrond naar de nieuwe dagen.`,
    title: 'Tijdzone',
    about:
      'Dagen, weken en maanden in het dashboard, de CSV-export en het wekelijkse overzicht volgen deze tijdzone. Wijzigen verplaatst elk antwoord naar zijn dag in de nieuwe zone.',
    label: 'Tijdzone',
    save: 'Tijdzone opslaan',
  },
};
