// Wording of Settings → Surveys (surveys.tsx): the site's surveys and the picker.
import type { Text } from '../../../lib/i18n';

const en = {
  title: 'Surveys',
  about1: 'The widget shows the survey named in its',
  about2: 'or this site’s default,',
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
    about2: 'oppure quello predefinito di questo sito,',
    list: 'Sondaggi di questo sito',
    default: 'predefinito',
    pick: 'Sondaggio da modificare',
    newSurvey: 'Nuovo sondaggio…',
  },
};
