// A write the user started (add, remove, save): busy while it runs, then a status or an error message.
import { useState } from 'preact/hooks';
import { ApiError } from './api';

export interface Action {
  busy: boolean;
  message: string;
  error: string;
  run(work: () => Promise<string>): Promise<boolean>;
}

export function useAction(): Action {
  const [s, set] = useState({ busy: false, message: '', error: '' });
  return {
    ...s,
    async run(work) {
      if (s.busy) return false;
      set({ busy: true, message: 'Working…', error: '' });
      try {
        set({ busy: false, message: await work(), error: '' });
        return true;
      } catch (err) {
        const a = err instanceof ApiError ? err : new ApiError(0, 'client', String(err));
        set({
          busy: false,
          message: '',
          error: a.notBuilt ? 'Not available yet: this part of the API is still being built.' : a.message,
        });
        return false;
      }
    },
  };
}

/** The status and error lines under a form. */
export function ActionStatus({ action }: { action: Action }) {
  return (
    <>
      <p role="status" class="muted action-status">
        {action.message}
      </p>
      {action.error && (
        <p role="alert" class="error-text">
          {action.error}
        </p>
      )}
    </>
  );
}
