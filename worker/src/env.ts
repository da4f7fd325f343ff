// The Hono environment of every route: the bindings of wrangler.toml (worker-configuration.d.ts).
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The request's Origin once a route has found it allowed; the CORS middleware echoes it. */
    corsOrigin?: string;
  };
}
