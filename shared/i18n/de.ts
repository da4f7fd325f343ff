// German wording, following en.ts and the SPEC.md table. Register: "Sie" throughout (Ihnen, Ihr).
// German adjectives used on their own are not inflected, so the labels have no gender; the agent
// is "die Person, die Ihnen geholfen hat". The NPS prompt keeps the usual "einem Freund oder Kollegen".
import type { SurveyText } from './types';

export const de: SurveyText = {
  title: 'Wie war unser Service?',
  csat: {
    prompt: 'Wie zufrieden sind Sie mit der erhaltenen Unterstützung?',
    labels: ['Sehr unzufrieden', 'Unzufrieden', 'Weder zufrieden noch unzufrieden', 'Zufrieden', 'Sehr zufrieden'],
    followUp: {
      negative: 'Was ist schiefgelaufen?',
      neutral: 'Was hätten wir besser machen können?',
      positive: 'Was hat Ihnen am besten gefallen?',
    },
  },
  ces: {
    prompt: 'Verglichen mit Ihren Erwartungen: Wie viel Aufwand war nötig, um Ihr Anliegen zu lösen?',
    labels: [
      'Viel weniger als erwartet',
      'Weniger als erwartet',
      'Etwa wie erwartet',
      'Mehr als erwartet',
      'Viel mehr als erwartet',
    ],
    followUp: {
      negative: 'Was hat es schwieriger gemacht als nötig?',
      neutral: 'Was hätte es Ihnen leichter gemacht?',
      positive: 'Was hat es Ihnen leicht gemacht?',
    },
  },
  nps: {
    prompt: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
    labels: ['Überhaupt nicht wahrscheinlich', 'Äußerst wahrscheinlich'],
    followUp: {
      negative: 'Was hätten wir besser machen sollen?',
      neutral: 'Was würde Sie eher dazu bewegen, uns weiterzuempfehlen?',
      positive: 'Was hat Ihnen am besten gefallen?',
    },
  },
  aspectsPrompt: 'Wie bewerten Sie die Person, die Ihnen geholfen hat?',
  aspects: { courtesy: 'Freundlichkeit', competence: 'Fachkompetenz', speed: 'Schnelligkeit' },
  commentLabel: 'Ihr Kommentar (optional)',
  next: 'Weiter',
  send: 'Senden',
  thanks: 'Vielen Dank für Ihr Feedback!',
  dismiss: 'Schließen',
  back: 'Zurück',
  progress: 'Frage {n} von {m}',
  aspectAnchors: ['Schlecht', 'Ausgezeichnet'],
  page: {
    notSent: 'Noch nicht gesendet. Mit „Senden“ speichern Sie Ihre Antwort.',
    change: 'Ihre Antwort war „{old}“. Beim Senden wird sie in „{new}“ geändert.',
    recorded: 'Ihre Antwort „{old}“ ist gespeichert. Sie können einen Kommentar hinzufügen oder sie ändern.',
    more: 'Noch ein paar Fragen (optional)',
    moreHint: 'Jede Antwort wird gespeichert, sobald Sie sie auswählen.',
    changeAnswer: 'Antwort ändern',
    allDone: 'Alle Ihre Antworten sind gespeichert. Vielen Dank!',
  },
};
