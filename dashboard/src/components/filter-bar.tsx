// Date range (presets or two date fields) and filters (survey, agent, channel, language, source,
// verified tickets), written to the address so the view can be shared; plus the CSV export of exactly
// this selection, in the separator and decimal mark of the person's spreadsheet (lib/csv-format).
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../shared/api';
import { enc, query } from '../lib/api';
import { SelectField } from './field';
import { matchPreset, PRESETS, presetRange, rangeOf, type Preset } from '../lib/dates';
import { filterParams, FILTER_KEYS, hasFilters, type FilterKey } from '../lib/filters';
import { navigate, withParams } from '../lib/route';
import { tr, type Text } from '../lib/i18n';
import { csvFormat, csvParams, setCsvFormat, type CsvFormat } from '../lib/csv-format';

interface Words {
  labels: Record<FilterKey, string>;
  widget: string;
  email: string;
  verifiedOnly: string;
  notVerified: string;
  form: string;
  range: string;
  custom: string;
  from: string;
  to: string;
  all: string;
  clear: string;
  exportCsv: string;
  csvFormat: string;
  semicolon: string;
  comma: string;
}

const T = {
  en: {
    labels: { survey: 'Survey', agent: 'Agent', channel: 'Channel', lang: 'Language', source: 'Source', verified: 'Verified tickets' },
    widget: 'Widget',
    email: 'Email link',
    verifiedOnly: 'Verified only',
    notVerified: 'Not verified',
    form: 'Date range and filters',
    range: 'Date range',
    custom: 'Custom',
    from: 'From',
    to: 'To',
    all: 'All',
    clear: 'Clear filters',
    exportCsv: 'Export CSV',
    csvFormat: 'CSV format',
    semicolon: 'Semicolon (;), decimal comma',
    comma: 'Comma (,), decimal point',
  },
  it: {
    labels: { survey: 'Sondaggio', agent: 'Agente', channel: 'Canale', lang: 'Lingua', source: 'Origine', verified: 'Ticket verificati' },
    widget: 'Widget',
    email: 'Link email',
    verifiedOnly: 'Solo verificati',
    notVerified: 'Non verificati',
    form: 'Periodo e filtri',
    range: 'Periodo',
    custom: 'Personalizzato',
    from: 'Dal',
    to: 'Al',
    all: 'Tutti',
    clear: 'Azzera i filtri',
    exportCsv: 'Esporta CSV',
    csvFormat: 'Formato CSV',
    semicolon: 'Punto e virgola (;), virgola decimale',
    comma: 'Virgola (,), punto decimale',
  },
  es: {
    labels: { survey: 'Encuesta', agent: 'Agente', channel: 'Canal', lang: 'Idioma', source: 'Origen', verified: 'Tickets verificados' },
    widget: 'Widget',
    email: 'Enlace por email',
    verifiedOnly: 'Solo verificados',
    notVerified: 'No verificados',
    form: 'Periodo y filtros',
    range: 'Periodo',
    custom: 'Personalizado',
    from: 'Desde',
    to: 'Hasta',
    all: 'Todos',
    clear: 'Quitar filtros',
    exportCsv: 'Exportar CSV',
    csvFormat: 'Formato CSV',
    semicolon: 'Punto y coma (;), coma decimal',
    comma: 'Coma (,), punto decimal',
  },
  fr: {
    labels: { survey: 'Enquête', agent: 'Agent', channel: 'Canal', lang: 'Langue', source: 'Origine', verified: 'Tickets vérifiés' },
    widget: 'Widget',
    email: 'Lien e-mail',
    verifiedOnly: 'Vérifiés seulement',
    notVerified: 'Non vérifiés',
    form: 'Période et filtres',
    range: 'Période',
    custom: 'Personnalisée',
    from: 'Du',
    to: 'Au',
    all: 'Tous',
    clear: 'Effacer les filtres',
    exportCsv: 'Exporter en CSV',
    csvFormat: 'Format CSV',
    semicolon: 'Point-virgule (;), virgule décimale',
    comma: 'Virgule (,), point décimal',
  },
  de: {
    labels: { survey: 'Umfrage', agent: 'Agent', channel: 'Kanal', lang: 'Sprache', source: 'Quelle', verified: 'Verifizierte Tickets' },
    widget: 'Widget',
    email: 'E-Mail-Link',
    verifiedOnly: 'Nur verifizierte',
    notVerified: 'Nicht verifiziert',
    form: 'Zeitraum und Filter',
    range: 'Zeitraum',
    custom: 'Benutzerdefiniert',
    from: 'Von',
    to: 'Bis',
    all: 'Alle',
    clear: 'Filter zurücksetzen',
    exportCsv: 'CSV exportieren',
    csvFormat: 'CSV-Format',
    semicolon: 'Semikolon (;), Dezimalkomma',
    comma: 'Komma (,), Dezimalpunkt',
  },
  pt: {
    labels: { survey: 'Inquérito', agent: 'Agente', channel: 'Canal', lang: 'Idioma', source: 'Origem', verified: 'Tickets verificados' },
    widget: 'Widget',
    email: 'Link de email',
    verifiedOnly: 'Só verificados',
    notVerified: 'Não verificados',
    form: 'Período e filtros',
    range: 'Período',
    custom: 'Personalizado',
    from: 'De',
    to: 'Até',
    all: 'Todos',
    clear: 'Limpar filtros',
    exportCsv: 'Exportar CSV',
    csvFormat: 'Formato CSV',
    semicolon: 'Ponto e vírgula (;), vírgula decimal',
    comma: 'Vírgula (,), ponto decimal',
  },
  pl: {
    labels: { survey: 'Ankieta', agent: 'Konsultant', channel: 'Kanał', lang: 'Język', source: 'Źródło', verified: 'Zweryfikowane zgłoszenia' },
    widget: 'Widżet',
    email: 'Link e-mail',
    verifiedOnly: 'Tylko zweryfikowane',
    notVerified: 'Niezweryfikowane',
    form: 'Okres i filtry',
    range: 'Okres',
    custom: 'Własny',
    from: 'Od',
    to: 'Do',
    all: 'Wszystkie',
    clear: 'Wyczyść filtry',
    exportCsv: 'Eksportuj CSV',
    csvFormat: 'Format CSV',
    semicolon: 'Średnik (;), przecinek dziesiętny',
    comma: 'Przecinek (,), kropka dziesiętna',
  },
  nl: {
    labels: { survey: 'Enquête', agent: 'Medewerker', channel: 'Kanaal', lang: 'Taal', source: 'Bron', verified: 'Geverifieerde tickets' },
    widget: 'Widget',
    email: 'E-maillink',
    verifiedOnly: 'Alleen geverifieerd',
    notVerified: 'Niet geverifieerd',
    form: 'Periode en filters',
    range: 'Periode',
    custom: 'Aangepast',
    from: 'Van',
    to: 'Tot en met',
    all: 'Alle',
    clear: 'Filters wissen',
    exportCsv: 'CSV exporteren',
    csvFormat: 'CSV-indeling',
    semicolon: 'Puntkomma (;), decimale komma',
    comma: 'Komma (,), decimale punt',
  },
} satisfies Text<Words>;

function optionsFor(site: SiteInfo, key: FilterKey, t: Words): { value: string; label: string }[] {
  const plain = (list: string[]) => list.map((v) => ({ value: v, label: v }));
  switch (key) {
    case 'survey':
      return plain(site.surveys);
    case 'agent':
      return plain(site.agents);
    case 'channel':
      return plain(site.channels);
    case 'lang':
      return plain(site.languages);
    case 'source':
      return [
        { value: 'widget', label: t.widget },
        { value: 'email', label: t.email },
      ];
    case 'verified':
      // A signed email link or a widget ticket token vouched for the ticket (SPEC "Verified tickets").
      return [
        { value: '1', label: t.verifiedOnly },
        { value: '0', label: t.notVerified },
      ];
  }
}

export function FilterBar({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const { from, to } = rangeOf(q);
  const t = tr(T);
  const [custom, setCustom] = useState(false);
  const [csv, setCsv] = useState<CsvFormat>(csvFormat);
  const preset = custom ? 'custom' : (matchPreset(from, to) ?? 'custom');
  const go = (changes: Record<string, string | null>) =>
    navigate(withParams(q, { ...changes, cursor: null }));

  const choose = (value: string) => {
    if (value === 'custom') {
      setCustom(true);
      go({ from, to });
      return;
    }
    setCustom(false);
    go(presetRange(value as Preset));
  };
  const setDay = (which: 'from' | 'to', value: string) => {
    if (!value) return;
    const next = { from, to, [which]: value };
    // Keep the range the right way round whichever end moved.
    if (next.from > next.to) next[which === 'from' ? 'to' : 'from'] = value;
    go(next);
  };

  return (
    <form class="filters" aria-label={t.form} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="f-range"
        label={t.range}
        value={preset}
        choices={[...PRESETS.map((p) => ({ value: p.id, label: p.label })), { value: 'custom', label: t.custom }]}
        onChange={choose}
      />
      {preset === 'custom' && (
        <>
          <div class="field">
            <label for="f-from">{t.from}</label>
            <input
              id="f-from"
              type="date"
              value={from}
              max={to}
              onChange={(e) => setDay('from', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="f-to">{t.to}</label>
            <input
              id="f-to"
              type="date"
              value={to}
              min={from}
              onChange={(e) => setDay('to', e.currentTarget.value)}
            />
          </div>
        </>
      )}
      {FILTER_KEYS.map((key) => {
        const options = optionsFor(site, key, t);
        const chosen = q.get(key);
        // A shared address may name a value this site no longer lists: keep it choosable.
        if (chosen && !options.some((o) => o.value === chosen))
          options.push({ value: chosen, label: chosen });
        if (key === 'survey' && options.length < 2 && !q.get(key)) return null;
        return (
          <SelectField
            key={key}
            id={`f-${key}`}
            label={t.labels[key]}
            value={q.get(key) ?? ''}
            choices={[{ value: '', label: t.all }, ...options]}
            onChange={(value) => go({ [key]: value || null })}
          />
        );
      })}
      <div class="filters-end">
        {hasFilters(q) && (
          <button
            type="button"
            class="secondary"
            onClick={() => go(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          >
            {t.clear}
          </button>
        )}
        <SelectField
          id="f-csv"
          class="csv-format"
          label={t.csvFormat}
          value={csv}
          choices={[
            { value: 'semicolon', label: t.semicolon },
            { value: 'comma', label: t.comma },
          ]}
          onChange={(value) => {
            const f = value === 'comma' ? 'comma' : 'semicolon';
            setCsvFormat(f);
            setCsv(f);
          }}
        />
        <a
          class="button secondary"
          href={`/api/v1/sites/${enc(site.id)}/export.csv${query({ ...filterParams(q), ...csvParams(csv) })}`}
          download
        >
          {t.exportCsv}
        </a>
      </div>
    </form>
  );
}
