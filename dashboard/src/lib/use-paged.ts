// A cursor-paginated list ({items, next}): the first page follows the path, "Load more" appends.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from './api';

export interface Paged<T> {
  items: T[] | undefined;
  next: string | null;
  loading: boolean;
  error: ApiError | undefined;
  loadMore(): void;
  reload(): void;
  /** Fetches again as many items as are shown and swaps them in, without blanking the list. */
  refresh(): void;
  replace(index: number, item: T): void;
  /** Takes an item out of the list at once (it no longer belongs to it, e.g. another status). */
  remove(index: number): void;
}

export function usePaged<T>(path: string | null): Paged<T> {
  const [items, setItems] = useState<T[] | undefined>();
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [tick, setTick] = useState(0);
  const ctl = useRef<AbortController | null>(null);

  // The server scans a bounded number of rows per page (worker/src/db/lists.ts), so a page can come
  // back short, even empty, with a cursor: an empty one is followed at once, a few times.
  const fetchPage = useCallback(
    (cursor: string | null, follow = 3) => {
      if (path === null) return;
      ctl.current?.abort();
      const c = new AbortController();
      ctl.current = c;
      setLoading(true);
      setError(undefined);
      const sep = path.includes('?') ? '&' : '?';
      api<{ items: T[]; next: string | null }>(
        cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path,
        { signal: c.signal },
      ).then(
        (page) => {
          setItems((old) => (cursor && old ? [...old, ...page.items] : page.items));
          setNext(page.next);
          if (page.items.length === 0 && page.next && follow > 0) fetchPage(page.next, follow - 1);
          else setLoading(false);
        },
        (err: unknown) => {
          if (c.signal.aborted) return;
          setError(err instanceof ApiError ? err : new ApiError(0, 'client', String(err)));
          setLoading(false);
        },
      );
    },
    [path],
  );

  const refresh = useCallback(
    (shown: number) => {
      if (path === null) return;
      ctl.current?.abort();
      const c = new AbortController();
      ctl.current = c;
      const sep = path.includes('?') ? '&' : '?';
      void (async () => {
        let all: T[] = [];
        let cursor: string | null = null;
        // Bounded: the pages shown, and a few short ones (see fetchPage).
        for (let round = 0; round < shown / 10 + 3; round++) {
          const page: { items: T[]; next: string | null } = await api(
            cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path,
            { signal: c.signal },
          );
          all = [...all, ...page.items];
          cursor = page.next;
          if (!cursor || all.length >= shown) break;
        }
        setItems(all);
        setNext(cursor);
      })().catch((err: unknown) => {
        if (!c.signal.aborted) setError(err instanceof ApiError ? err : new ApiError(0, 'client', String(err)));
      });
    },
    [path],
  );

  useEffect(() => {
    setItems(undefined);
    setNext(null);
    fetchPage(null);
    return () => ctl.current?.abort();
  }, [fetchPage, tick]);

  return {
    items,
    next,
    loading,
    error,
    loadMore: () => next && fetchPage(next),
    reload: () => setTick((t) => t + 1),
    refresh: () => refresh(items?.length ?? 0),
    replace: (i, item) => setItems((old) => old?.map((x, j) => (j === i ? item : x))),
    remove: (i) => setItems((old) => old?.filter((_, j) => j !== i)),
  };
}
