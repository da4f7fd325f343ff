// The Voce worker: mounts one sub-app per resource; static files (widget, demo, dashboard) are
// Workers static assets, served before the worker runs for everything outside /api, /s and /dashboard.
import { Hono } from 'hono';
import type { AppEnv } from './env';
import { cors } from './middleware/cors';
import { notFound, onError } from './middleware/errors';
import { measureReads } from './middleware/measure';
import { noStore } from './middleware/no-store';
import { securityHeaders } from './middleware/security-headers';
import { auth } from './routes/auth';
import { dashboard } from './routes/dashboard';
import { health } from './routes/health';
import { links } from './routes/links';
import { responses } from './routes/responses';
import { surveyPages } from './routes/survey-page';
import { sites } from './routes/sites';
import { surveys } from './routes/surveys';
import { tickets } from './routes/tickets';
import { users } from './routes/users';
import { everyMinute } from './scheduled';

const app = new Hono<AppEnv>();

app.onError(onError);
app.notFound(notFound);
app.use('*', securityHeaders());
app.use('*', measureReads());
for (const prefix of ['/api/v1/sites', '/api/v1/users', '/api/v1/auth', '/api/v1/links', '/api/v1/tickets']) app.use(`${prefix}/*`, noStore());
app.use('/api/v1/surveys/*', cors());
app.use('/api/v1/responses', cors());
app.route('/api/v1/health', health);
app.route('/api/v1/surveys', surveys);
app.route('/api/v1/links', links);
app.route('/api/v1/tickets', tickets);
app.route('/api/v1/auth', auth);
app.route('/api/v1/sites', sites);
app.route('/api/v1/users', users);
app.route('/s', surveyPages);
app.route('/api/v1/responses', responses);
app.route('/dashboard', dashboard);

/** The cron (wrangler.toml [triggers]): every minute, see scheduled.ts. */
async function scheduled(_event: ScheduledController, env: AppEnv['Bindings'], ctx: ExecutionContext): Promise<void> {
  ctx.waitUntil(everyMinute(env));
}

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<AppEnv['Bindings']>;
