// Small building blocks every view uses: loading and error notes, a scrollable table region and
// a segmented choice (native radios, so arrows and Tab work as expected).
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../lib/api';
import { plural } from '../lib/format';

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p role="status" class="note">
      {what}
    </p>
  );
}

/** An API error: the message of the JSON error shape, or "not available yet" for a route not built. */
export function ErrorNote({ error, retry }: { error: ApiError; retry?: () => void }) {
  if (error.notBuilt) {
    return (
      <p role="status" class="note">
        Not available yet: this part of the API is still being built.
      </p>
    );
  }
  return (
    <div role="alert" class="note error">
      <p>{error.message}</p>
      {retry && (
        <button type="button" class="secondary" onClick={retry}>
          Try again
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

/** The one live status of a paged list ("Loading…", "Showing 20 comments") and its "Load more". */
export function More({
  list,
  noun,
}: {
  list: { items: unknown[] | undefined; next: string | null; loading: boolean; loadMore(): void };
  noun: string;
}) {
  const n = list.items?.length ?? 0;
  return (
    <div class="more">
      <p role="status" class="note">
        {list.loading
          ? 'Loading…'
          : n > 0
            ? `Showing ${plural(n, noun)}${list.next ? '' : ', all there are'}`
            : list.next
              ? `No ${noun} found in the latest answers.`
              : ''}
      </p>
      {list.next && (
        <button
          type="button"
          aria-disabled={list.loading ? 'true' : undefined}
          onClick={() => !list.loading && list.loadMore()}
        >
          {n > 0 ? 'Load more' : 'Look further back'}
        </button>
      )}
    </div>
  );
}
