import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../api';

export interface LoadState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again with the same key (keeps the current data on screen meanwhile). */
  reload: () => void;
}

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and on reload(); aborts the
 * previous request. The latest `load` is always used, so it may close over anything.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): LoadState<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown }>({
    key: null,
    data: undefined,
    error: undefined,
  });
  const [loading, setLoading] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: undefined });
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState({ key, data, error: undefined });
        setLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState((previous) => ({ key, data: previous.key === key ? previous.data : undefined, error }));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  // Data of another key is never shown as this key's.
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: loading || (!current && key !== null),
    reload,
  };
}
