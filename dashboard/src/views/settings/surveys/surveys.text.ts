// Wording of Settings → Surveys (surveys.tsx): the site's surveys and the picker.
import type { Text } from '../../../lib/i18n';

const en = {
  title: 'Surveys',
  about1: 'The widget shows the survey named in its',
  about2: ', or this site’s default,',
  list: 'Surveys of this site',
  default: 'default',
  pick: 'Survey to change',
  newSurvey: 'New survey…',
};

export const T: Text<typeof en> = {
  en,
  it: {
    title: 'Sondaggi',
    about1: 'Il widget mostra il sondaggio indicato nel suo',
    about2: ', oppure quello predefinito di questo sito,',
    list: 'Sondaggi di questo sito',
    default: 'predefinito',
    pick: 'Sondaggio da modificare',
    newSurvey: 'Nuovo sondaggio…',
  },
  es: {
    title: 'Encuestas',
    about1: 'El widget muestra la encuesta indicada en su',
    about2: ', o la predeterminada de este sitio,',
    list: 'Encuestas de este sitio',
    default: 'predeterminada',
    pick: 'Encuesta que cambiar',
    newSurvey: 'Nueva encuesta…',
  },
  fr: {
    title: 'Enquêtes',
    about1: 'Le widget affiche l’enquête indiquée dans son',
    about2: ', ou celle par défaut de ce site,',
    list: 'Enquêtes de ce site',
    default: 'par défaut',
    pick: 'Enquête à modifier',
    newSurvey: 'Nouvelle enquête…',
  },
  de: {
    title: 'Umfragen',
    about1: 'Das Widget zeigt die Umfrage aus seinem',
    about2: ' oder die Standardumfrage dieser Website,',
    list: 'Umfragen dieser Website',
    default: 'Standard',
    pick: 'Zu ändernde Umfrage',
    newSurvey: 'Neue Umfrage…',
  },
  pt: {
    title: 'Inquéritos',
    about1: 'O widget mostra o inquérito indicado no seu',
    about2: ', ou o predefinido deste site,',
    list: 'Inquéritos deste site',
    default: 'predefinido',
    pick: 'Inquérito a alterar',
    newSurvey: 'Novo inquérito…',
  },
  pl: {
    title: 'Ankiety',
    about1: 'Widżet pokazuje ankietę wskazaną w atrybucie',
    about2: ', albo domyślną ankietę tej witryny,',
    list: 'Ankiety tej witryny',
    default: 'domyślna',
    pick: 'Ankieta do zmiany',
    newSurvey: 'Nowa ankieta…',
  },
  nl: {
    title: 'Enquêtes',
    about1: 'De widget toont de enquête uit zijn',
    about2: ' of de standaardenquête van deze site,',
    list: 'Enquêtes van deze site',
    default: 'standaard',
    pick: 'Te wijzigen enquête',
    newSurvey: 'Nieuwe enquête…',
  },
};
