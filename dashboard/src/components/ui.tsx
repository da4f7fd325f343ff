// Small building blocks every view uses: loading and error notes, a scrollable table region and
// a segmented choice (native radios, so arrows and Tab work as expected).
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../lib/api';
import { tr, type Text } from '../lib/i18n';

const T = {
  en: { loading: 'Loading…', notBuilt: 'Not available yet: this part of the API is still being built.', retry: 'Try again', more: 'Load more', further: 'Look further back', all: ', all there are' },
  it: { loading: 'Caricamento…', notBuilt: 'Non ancora disponibile: questa parte dell’API è ancora in costruzione.', retry: 'Riprova', more: 'Carica altri', further: 'Cerca più indietro', all: ', tutti quelli presenti' },
  es: { loading: 'Cargando…', notBuilt: 'Aún no disponible: esta parte de la API todavía se está construyendo.', retry: 'Reintentar', more: 'Cargar más', further: 'Buscar más atrás', all: ', todos los que hay' },
  fr: { loading: 'Chargement…', notBuilt: 'Pas encore disponible : cette partie de l’API est encore en construction.', retry: 'Réessayer', more: 'Charger plus', further: 'Chercher plus loin', all: ', tous ceux qui existent' },
  de: { loading: 'Wird geladen…', notBuilt: 'Noch nicht verfügbar: Dieser Teil der API wird noch gebaut.', retry: 'Erneut versuchen', more: 'Mehr laden', further: 'Weiter zurück suchen', all: ', alle vorhandenen' },
  pt: { loading: 'A carregar…', notBuilt: 'Ainda não disponível: esta parte da API ainda está em construção.', retry: 'Tentar novamente', more: 'Carregar mais', further: 'Procurar mais atrás', all: ', todos os que existem' },
  pl: { loading: 'Ładowanie…', notBuilt: 'Jeszcze niedostępne: ta część API jest wciąż w budowie.', retry: 'Spróbuj ponownie', more: 'Wczytaj więcej', further: 'Szukaj dalej wstecz', all: ', wszystkie' },
  nl: { loading: 'Laden…', notBuilt: 'Nog niet beschikbaar: dit deel van de API wordt nog gebouwd.', retry: 'Opnieuw proberen', more: 'Meer laden', further: 'Verder terug zoeken', all: ', alle die er zijn' },
} satisfies Text<Record<string, string>>;

export function Loading({ what }: { what?: string }) {
  return (
    <p role="status" class="note">
      {what ?? tr(T).loading}
    </p>
  );
}

/** An API error: the message of the JSON error shape, or "not available yet" for a route not built. */
export function ErrorNote({ error, retry }: { error: ApiError; retry?: () => void }) {
  if (error.notBuilt) {
    return (
      <p role="status" class="note">
        {tr(T).notBuilt}
      </p>
    );
  }
  return (
    <div role="alert" class="note error">
      <p>{error.message}</p>
      {retry && (
        <button type="button" class="secondary" onClick={retry}>
          {tr(T).retry}
        </button>
      )}
    </div>
  );
}

/**
 * Wide tables scroll inside a focusable, named region instead of the page. The region shows that it
 * scrolls: the first column stays put and a fade marks each edge with more of the table past it; the
 * fades follow the scroll position and the sizes (data-more-start / data-more-end on the frame).
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  const frame = useRef<HTMLDivElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const f = frame.current;
    const w = wrap.current;
    if (!f || !w) return;
    const update = () => {
      const max = w.scrollWidth - w.clientWidth;
      // Set on the element rather than through state: a scroll need not re-render the table.
      f.toggleAttribute('data-more-start', max > 1 && w.scrollLeft > 1);
      f.toggleAttribute('data-more-end', max > 1 && w.scrollLeft < max - 1);
      const first = w.querySelector('tr > :first-child');
      f.style.setProperty('--sticky-width', `${first ? first.getBoundingClientRect().width : 0}px`);
      f.style.setProperty('--wrap-width', `${w.clientWidth}px`);
    };
    update();
    w.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(w);
    const table = w.querySelector('table');
    if (table) ro.observe(table);
    return () => {
      w.removeEventListener('scroll', update);
      ro.disconnect();
    };
  });
  return (
    <div class="table-frame" ref={frame}>
      <div class="table-wrap" ref={wrap} tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </div>
  );
}

export interface SegmentedProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: { id: T; label: ComponentChildren }[];
  onChange(value: T): void;
}

export function Segmented<T extends string>(p: SegmentedProps<T>) {
  return (
    <fieldset class="segmented">
      <legend>{p.legend}</legend>
      <div class="segmented-options">
        {p.options.map((o) => (
          <label key={o.id}>
            <input
              type="radio"
              name={p.name}
              value={o.id}
              checked={p.value === o.id}
              onChange={() => p.onChange(o.id)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What a paged list calls its items: "20 comments" and "no comments found" in the language in force. */
export interface ListWords {
  shown(n: number): string;
  none: string;
}

/** The one live status of a paged list ("Loading…", "Showing 20 comments") and its "Load more". */
export function More({
  list,
  noun,
}: {
  list: { items: unknown[] | undefined; next: string | null; loading: boolean; loadMore(): void };
  /** The list's own words, from its view's wording table. */
  noun: ListWords;
}) {
  const t = tr(T);
  const n = list.items?.length ?? 0;
  const words = noun;
  return (
    <div class="more">
      <p role="status" class="note">
        {list.loading ? t.loading : n > 0 ? `${words.shown(n)}${list.next ? '' : t.all}` : list.next ? words.none : ''}
      </p>
      {list.next && (
        <button
          type="button"
          aria-disabled={list.loading ? 'true' : undefined}
          onClick={() => !list.loading && list.loadMore()}
        >
          {n > 0 ? t.more : t.further}
        </button>
      )}
    </div>
  );
}
