// The dashboard's language switch: each language named in itself (and marked with its `lang`, so a
// screen reader says "Italiano" as Italian). The choice is remembered (lib/i18n setLang) and the app
// re-renders in it at once.
import { DASHBOARD_LANGS, isLang, lang, LANG_NAMES, setLang, tr, type Text } from '../lib/i18n';
import { SelectField } from './field';

const T = {
  en: 'Dashboard language',
  it: 'Lingua della dashboard',
  es: 'Idioma del panel',
  fr: 'Langue du tableau de bord',
  de: 'Sprache des Dashboards',
  pt: 'Idioma do painel',
  pl: 'Język panelu',
  nl: 'Taal van het dashboard',
} satisfies Text<string>;

export function LangSwitch() {
  return (
    <SelectField
      id="ui-lang"
      class="lang-switch"
      label={tr(T)}
      value={lang()}
      choices={DASHBOARD_LANGS.map((l) => ({ value: l, label: LANG_NAMES[l], lang: l }))}
      onChange={(value) => isLang(value) && setLang(value)}
    />
  );
}
