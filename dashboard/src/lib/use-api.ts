// A GET that follows its path: loading, data or error, and reload; a newer path cancels the older
// request. A reload of the same path keeps showing the data it has until the fresh answer arrives.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, ApiError } from './api';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True until there is something to show for this path (a reload keeps showing the old data). */
  loading: boolean;
  reload(): void;
}

interface State<T> {
  path: string | null;
  tick: number;
  data?: T;
  error?: ApiError;
}

export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<State<T>>({ path: null, tick: -1 });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    api<T>(path, { signal: ctl.signal }).then(
      (data) => setState({ path, tick, data }),
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        setState({
          path,
          tick,
          error: err instanceof ApiError ? err : new ApiError(0, 'client', String(err)),
        });
      },
    );
    return () => ctl.abort();
  }, [path, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  // Data of another path is never shown (another site, other filters): only "Loading…".
  const same = state.path === path;
  return {
    data: same ? state.data : undefined,
    error: same && state.tick === tick ? state.error : undefined,
    loading: path !== null && (!same || (state.tick !== tick && state.data === undefined)),
    reload,
  };
}
