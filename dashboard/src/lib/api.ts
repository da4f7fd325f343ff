// The dashboard's one way to the worker's JSON API: session cookie, CSRF header on writes,
// the SPEC.md error shape turned into ApiError, and any 401 sending the user back to sign-in.
import { waitText } from './format';
import { tr, type Text } from './i18n';

const T = {
  en: {
    network: 'Could not reach the server; check your connection and try again.',
    tooMany: (wait: string) => `Too many attempts. Try again in ${wait}.`,
  },
  it: {
    network: 'Impossibile raggiungere il server; controlla la connessione e riprova.',
    tooMany: (wait: string) => `Troppi tentativi. Riprova tra ${wait}.`,
  },
  es: {
    network: 'No se pudo contactar con el servidor; comprueba la conexión y vuelve a intentarlo.',
    tooMany: (wait: string) => `Demasiados intentos. Vuelve a intentarlo dentro de ${wait}.`,
  },
  fr: {
    network: 'Impossible de joindre le serveur ; vérifiez votre connexion et réessayez.',
    tooMany: (wait: string) => `Trop de tentatives. Réessayez dans ${wait}.`,
  },
  de: {
    network: 'Der Server ist nicht erreichbar; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    tooMany: (wait: string) => `Zu viele Versuche. Versuchen Sie es in ${wait} erneut.`,
  },
  pt: {
    network: 'Não foi possível contactar o servidor; verifique a ligação e tente novamente.',
    tooMany: (wait: string) => `Demasiadas tentativas. Tente novamente dentro de ${wait}.`,
  },
  pl: {
    network: 'Nie można połączyć się z serwerem; sprawdź połączenie i spróbuj ponownie.',
    tooMany: (wait: string) => `Zbyt wiele prób. Spróbuj ponownie za ${wait}.`,
  },
  nl: {
    network: 'De server is niet bereikbaar; controleer uw verbinding en probeer het opnieuw.',
    tooMany: (wait: string) => `Te veel pogingen. Probeer het over ${wait} opnieuw.`,
  },
} satisfies Text<{ network: string; tooMany(wait: string): string }>;

export interface FieldIssue {
  path?: string;
  message?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's message without the issues appended to `message`, and the field issues. */
    readonly summary = message,
    readonly issues: FieldIssue[] = [],
    /** Seconds to wait before trying again (a 429's Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** The route does not exist (yet): the worker's catch-all 404, or no JSON at all. */
  get notBuilt(): boolean {
    return (
      this.status === 404 &&
      (this.code === 'not_found' || this.code === 'http_404') &&
      /endpoint|^HTTP/i.test(this.message)
    );
  }
}

let csrf: string | null = null;
let signedOut: () => void = () => {};

export function setCsrf(token: string | null): void {
  csrf = token;
}

/** Called on any 401 (except where the caller expects one, e.g. a wrong password). */
export function onSignedOut(fn: () => void): void {
  signedOut = fn;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 is an answer here (sign-in), not a lost session. */
  expect401?: boolean;
}

export async function api<T>(path: string, opts: CallOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', tr(T).network);
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: handled below by status
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; issues?: FieldIssue[] } } | undefined)
      ?.error;
    const wait = res.status === 429 ? Number(res.headers.get('retry-after')) || undefined : undefined;
    // Throttled sign-ins and setups: say how long to wait, which the server's message cannot know.
    const summary =
      res.status === 429
        ? tr(T).tooMany(waitText(wait ?? 60))
        : (e?.message ?? `HTTP ${res.status} ${res.statusText}`.trim());
    // Field issues say what to fix ("password: at least 12 characters"); the message alone may not.
    const all = (e?.issues ?? []).filter((i) => i.message);
    const issues = all.filter((i) => !summary.includes(i.message!));
    const message = issues.length
      ? `${summary} (${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')})`
      : summary;
    const err = new ApiError(res.status, e?.code ?? `http_${res.status}`, message, summary, all, wait);
    if (res.status === 401 && !opts.expect401) signedOut();
    throw err;
  }
  return json as T;
}

/** `?a=1&b=2` from the entries that have a value; '' when none has. */
export function query(params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
