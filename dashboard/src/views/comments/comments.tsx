// Comments, newest first: the overview's range and filters plus a category and a text search,
// each comment with its scores and ticket, and "Load more" along the API's cursor.
import type { ResponseItem, SiteInfo } from '../../../../shared/api';
import { enc, query } from '../../lib/api';
import { SelectField } from '../../components/field';
import { fmtRange, rangeOf } from '../../lib/dates';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { ResponseView } from '../../components/response-item';
import { navigate, withParams } from '../../lib/route';
import { usePaged } from '../../lib/use-paged';
import { ErrorNote, More, type ListWords } from '../../components/ui';
import { count } from '../../lib/format';
import { tr, type Text } from '../../lib/i18n';
import { viewLabel } from '../../lib/route';

const CATEGORIES = ['', 'detractor', 'passive', 'promoter', 'low-csat', 'high-effort'] as const;
type Category = (typeof CATEGORIES)[number];

interface Words {
  categories: Record<Category, string>;
  category: string;
  search: string;
  searchButton: string;
  from(range: string): string;
  matching(text: string): string;
  none: string;
  list: ListWords;
}

const T = {
  en: {
    categories: { '': 'All', detractor: 'Detractors', passive: 'Passives', promoter: 'Promoters', 'low-csat': 'Low CSAT (1–2)', 'high-effort': 'High effort (CES 4–5)' },
    category: 'Category',
    search: 'Search comments',
    searchButton: 'Search',
    from: (range) => `Comments from ${range}`,
    matching: (text) => ` matching “${text}”`,
    none: 'No comments match this selection.',
    list: { shown: (n) => `Showing ${count(n, { one: 'comment', other: 'comments' })}`, none: 'No comment found in the latest answers.' },
  },
  it: {
    categories: { '': 'Tutti', detractor: 'Detrattori', passive: 'Passivi', promoter: 'Promotori', 'low-csat': 'CSAT basso (1–2)', 'high-effort': 'Sforzo elevato (CES 4–5)' },
    category: 'Categoria',
    search: 'Cerca nei commenti',
    searchButton: 'Cerca',
    from: (range) => `Commenti del periodo ${range}`,
    matching: (text) => ` che contengono “${text}”`,
    none: 'Nessun commento corrisponde a questa selezione.',
    list: { shown: (n) => `${count(n, { one: 'commento mostrato', other: 'commenti mostrati' })}`, none: 'Nessun commento trovato tra le risposte più recenti.' },
  },
  es: {
    categories: { '': 'Todos', detractor: 'Detractores', passive: 'Pasivos', promoter: 'Promotores', 'low-csat': 'CSAT bajo (1–2)', 'high-effort': 'Mucho esfuerzo (CES 4–5)' },
    category: 'Categoría',
    search: 'Buscar en los comentarios',
    searchButton: 'Buscar',
    from: (range) => `Comentarios del periodo ${range}`,
    matching: (text) => ` que contienen “${text}”`,
    none: 'Ningún comentario coincide con esta selección.',
    list: { shown: (n) => `Mostrando ${count(n, { one: 'comentario', other: 'comentarios' })}`, none: 'No se encontraron comentarios entre las respuestas más recientes.' },
  },
  fr: {
    categories: { '': 'Tous', detractor: 'Détracteurs', passive: 'Passifs', promoter: 'Promoteurs', 'low-csat': 'CSAT bas (1–2)', 'high-effort': 'Effort élevé (CES 4–5)' },
    category: 'Catégorie',
    search: 'Rechercher dans les commentaires',
    searchButton: 'Rechercher',
    from: (range) => `Commentaires du ${range}`,
    matching: (text) => ` contenant « ${text} »`,
    none: 'Aucun commentaire ne correspond à cette sélection.',
    list: { shown: (n) => `${count(n, { one: 'commentaire affiché', other: 'commentaires affichés' })}`, none: 'Aucun commentaire trouvé parmi les dernières réponses.' },
  },
  de: {
    categories: { '': 'Alle', detractor: 'Kritiker', passive: 'Passive', promoter: 'Promotoren', 'low-csat': 'Niedriger CSAT (1–2)', 'high-effort': 'Hoher Aufwand (CES 4–5)' },
    category: 'Kategorie',
    search: 'Kommentare durchsuchen',
    searchButton: 'Suchen',
    from: (range) => `Kommentare vom ${range}`,
    matching: (text) => ` mit „${text}“`,
    none: 'Keine Kommentare passen zu dieser Auswahl.',
    list: { shown: (n) => `${count(n, { one: 'Kommentar', other: 'Kommentare' })} angezeigt`, none: 'Keine Kommentare in den neuesten Antworten gefunden.' },
  },
  pt: {
    categories: { '': 'Todos', detractor: 'Detratores', passive: 'Passivos', promoter: 'Promotores', 'low-csat': 'CSAT baixo (1–2)', 'high-effort': 'Esforço elevado (CES 4–5)' },
    category: 'Categoria',
    search: 'Pesquisar nos comentários',
    searchButton: 'Pesquisar',
    from: (range) => `Comentários do período ${range}`,
    matching: (text) => ` com “${text}”`,
    none: 'Nenhum comentário corresponde a esta seleção.',
    list: { shown: (n) => `A mostrar ${count(n, { one: 'comentário', other: 'comentários' })}`, none: 'Nenhum comentário encontrado nas respostas mais recentes.' },
  },
  pl: {
    categories: { '': 'Wszystkie', detractor: 'Krytycy', passive: 'Pasywni', promoter: 'Promotorzy', 'low-csat': 'Niski CSAT (1–2)', 'high-effort': 'Duży wysiłek (CES 4–5)' },
    category: 'Kategoria',
    search: 'Szukaj w komentarzach',
    searchButton: 'Szukaj',
    from: (range) => `Komentarze z okresu ${range}`,
    matching: (text) => ` zawierające „${text}”`,
    none: 'Żaden komentarz nie pasuje do tego wyboru.',
    list: { shown: (n) => `Wyświetlono: ${count(n, { one: 'komentarz', few: 'komentarze', many: 'komentarzy', other: 'komentarza' })}`, none: 'Nie znaleziono komentarzy wśród najnowszych odpowiedzi.' },
  },
  nl: {
    categories: { '': 'Alle', detractor: 'Detractors', passive: 'Passives', promoter: 'Promoters', 'low-csat': 'Lage CSAT (1–2)', 'high-effort': 'Veel moeite (CES 4–5)' },
    category: 'Categorie',
    search: 'Opmerkingen doorzoeken',
    searchButton: 'Zoeken',
    from: (range) => `Opmerkingen van ${range}`,
    matching: (text) => ` met ‘${text}’`,
    none: 'Geen opmerkingen voor deze selectie.',
    list: { shown: (n) => `${count(n, { one: 'opmerking', other: 'opmerkingen' })} getoond`, none: 'Geen opmerkingen gevonden in de nieuwste antwoorden.' },
  },
} satisfies Text<Words>;

export function Comments({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const t: Words = tr(T);
  const category = CATEGORIES.find((c) => c === q.get('category')) ?? '';
  const text = q.get('q') ?? '';
  const { from, to } = rangeOf(q);
  const list = usePaged<ResponseItem>(
    `/sites/${enc(site.id)}/responses${query({ ...filterParams(q), withComment: '1', category, q: text })}`,
  );

  const search = (e: SubmitEvent) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget as HTMLFormElement).get('q');
    navigate(withParams(q, { q: typeof value === 'string' ? value.trim() : null }));
  };

  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('comments')}</h1>
      <FilterBar q={q} site={site} />
      <div class="toolbar">
        <SelectField
          id="c-category"
          label={t.category}
          value={category}
          choices={CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))}
          onChange={(value) => navigate(withParams(q, { category: value || null }))}
        />
        <form role="search" class="search" onSubmit={search}>
          <div class="field">
            <label for="c-q">{t.search}</label>
            <input id="c-q" name="q" type="search" defaultValue={text} key={text} />
          </div>
          <button type="submit">{t.searchButton}</button>
        </form>
      </div>
      <p class="muted period">
        {t.from(fmtRange(from, to))}
        {text && t.matching(text)}
      </p>
      {list.error && <ErrorNote error={list.error} retry={list.reload} />}
      {list.items && list.items.length === 0 && !list.next && <p class="note">{t.none}</p>}
      {list.items && list.items.length > 0 && (
        <ol class="responses">
          {list.items.map((r) => (
            <li key={r.id}>
              <ResponseView q={q} r={r} />
            </li>
          ))}
        </ol>
      )}
      <More list={list} noun={t.list} />
    </>
  );
}
