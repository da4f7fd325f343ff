// The Hono environment of every route: the bindings of wrangler.toml (worker-configuration.d.ts).
/** Optional variables (wrangler.toml [vars] or dashboard settings), absent in local development. */
export interface OptionalVars {
  /** Cloudflare Access single sign-on: the team domain, e.g. "acme.cloudflareaccess.com"… */
  ACCESS_TEAM_DOMAIN?: string;
  /** …and the application's audience (AUD) tag. Both set: a valid Cf-Access-Jwt-Assertion signs a known user in. */
  ACCESS_AUD?: string;
  /** The origin people reach this worker on, e.g. "https://feedback.acme.com": link URLs and same-origin checks use it, not the Host header. */
  PUBLIC_ORIGIN?: string;
  /** "1": send the X-D1-* measurement headers (`npm run bench`, the worker tests). */
  VOCE_MEASURE?: string;
  /**
   * Local development only (`npm start`, the tests; never on a deployed worker): the origin it serves
   * on, e.g. "http://127.0.0.1:8787". Webhooks may then go to http://127.0.0.1 without a DNS check, and
   * the cron's chat messages link to that origin.
   */
  VOCE_DEV?: string;
}

export interface AppEnv {
  Bindings: Env & OptionalVars;
  Variables: {
    /** The request's Origin once a route has found it allowed; the CORS middleware echoes it. */
    corsOrigin?: string;
  };
}
