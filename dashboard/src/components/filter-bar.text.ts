// The filter bar's wording (range, filters, CSV format) in every dashboard language (lib/i18n).
import type { FilterKey } from '../lib/filters';
import type { Text } from '../lib/i18n';

export interface FilterWords {
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

export const FILTER_TEXT = {
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
} satisfies Text<FilterWords>;
