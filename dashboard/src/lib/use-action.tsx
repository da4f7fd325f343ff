// A write the user started (add, remove, save): busy while it runs, then a status or an error message
// (with the server's field issues, "path: message", listed under it).
import { useState } from 'preact/hooks';
import { ApiError } from './api';
import { tr, type Text } from './i18n';

const T = {
  en: { working: 'Working…', notBuilt: 'Not available yet: this part of the API is still being built.' },
  it: { working: 'In corso…', notBuilt: 'Non ancora disponibile: questa parte dell’API è ancora in costruzione.' },
  es: { working: 'Procesando…', notBuilt: 'Aún no disponible: esta parte de la API todavía se está construyendo.' },
  fr: { working: 'En cours…', notBuilt: 'Pas encore disponible : cette partie de l’API est encore en construction.' },
  de: { working: 'Wird ausgeführt…', notBuilt: 'Noch nicht verfügbar: Dieser Teil der API wird noch gebaut.' },
  pt: { working: 'A processar…', notBuilt: 'Ainda não disponível: esta parte da API ainda está em construção.' },
  pl: { working: 'Trwa…', notBuilt: 'Jeszcze niedostępne: ta część API jest wciąż w budowie.' },
  nl: { working: 'Bezig…', notBuilt: 'Nog niet beschikbaar: dit deel van de API wordt nog gebouwd.' },
} satisfies Text<{ working: string; notBuilt: string }>;

export interface Action {
  busy: boolean;
  message: string;
  error: string;
  issues: string[];
  run(work: () => Promise<string>): Promise<boolean>;
  /** Shows an error found before sending (a client-side check). */
  fail(error: string, issues?: string[]): void;
}

export function useAction(): Action {
  const [s, set] = useState({ busy: false, message: '', error: '', issues: [] as string[] });
  return {
    ...s,
    async run(work) {
      if (s.busy) return false;
      set({ busy: true, message: tr(T).working, error: '', issues: [] });
      try {
        set({ busy: false, message: await work(), error: '', issues: [] });
        return true;
      } catch (err) {
        const a = err instanceof ApiError ? err : new ApiError(0, 'client', String(err));
        const issues = a.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message!));
        set({
          busy: false,
          message: '',
          error: a.notBuilt
            ? tr(T).notBuilt
            : issues.length
              ? a.summary
              : a.message,
          issues,
        });
        return false;
      }
    },
    fail(error, issues = []) {
      set({ busy: false, message: '', error, issues });
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
        <div role="alert" class="error-text">
          <p>{action.error}</p>
          {action.issues.length > 0 && (
            <ul class="issues">
              {action.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
