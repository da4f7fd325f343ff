// Dutch wording, following en.ts and the SPEC.md table. Register: "u" throughout (u, uw), as Dutch
// customer-service surveys usually have it. Dutch labels have no gender; the agent is the generic
// "medewerker". Quoted button names use single quotes (‘Versturen’).
import type { SurveyText } from './types';

export const nl: SurveyText = {
  title: 'Hoe was onze service?',
  csat: {
    prompt: 'Hoe tevreden bent u over de hulp die u hebt gekregen?',
    labels: ['Zeer ontevreden', 'Ontevreden', 'Niet tevreden, niet ontevreden', 'Tevreden', 'Zeer tevreden'],
    followUp: {
      negative: 'Wat ging er mis?',
      neutral: 'Wat hadden we beter kunnen doen?',
      positive: 'Wat vond u het beste?',
    },
  },
  ces: {
    prompt: 'Hoeveel moeite kostte het om uw probleem op te lossen, vergeleken met wat u had verwacht?',
    labels: [
      'Veel minder dan verwacht',
      'Minder dan verwacht',
      'Ongeveer zoals verwacht',
      'Meer dan verwacht',
      'Veel meer dan verwacht',
    ],
    followUp: {
      negative: 'Wat maakte het moeilijker dan nodig?',
      neutral: 'Wat had het makkelijker gemaakt?',
      positive: 'Wat maakte het makkelijk?',
    },
  },
  nps: {
    prompt: 'Hoe waarschijnlijk is het dat u ons zou aanbevelen aan een vriend of collega?',
    labels: ['Zeer onwaarschijnlijk', 'Zeer waarschijnlijk'],
    followUp: {
      negative: 'Wat hadden we beter moeten doen?',
      neutral: 'Wat zou ervoor zorgen dat u ons eerder aanbeveelt?',
      positive: 'Wat vond u het beste?',
    },
  },
  aspectsPrompt: 'Hoe beoordeelt u de medewerker die u heeft geholpen?',
  aspects: { courtesy: 'Vriendelijkheid', competence: 'Deskundigheid', speed: 'Snelheid' },
  commentLabel: 'Uw opmerkingen (optioneel)',
  next: 'Volgende',
  send: 'Versturen',
  thanks: 'Bedankt voor uw feedback!',
  dismiss: 'Sluiten',
  back: 'Terug',
  progress: 'Vraag {n} van {m}',
  aspectAnchors: ['Slecht', 'Uitstekend'],
  page: {
    notSent: 'Nog niet verstuurd. Klik op ‘Versturen’ om uw antwoord op te slaan.',
    change: 'U had ‘{old}’ geantwoord. Na versturen wordt dit ‘{new}’.',
    recorded: 'Uw antwoord ‘{old}’ is opgeslagen. U kunt een opmerking toevoegen of uw antwoord wijzigen.',
    more: 'Nog een paar vragen (optioneel)',
    moreHint: 'Elk antwoord wordt opgeslagen zodra u het kiest.',
    changeAnswer: 'Uw antwoord wijzigen',
    allDone: 'Al uw antwoorden zijn opgeslagen. Bedankt!',
  },
};
