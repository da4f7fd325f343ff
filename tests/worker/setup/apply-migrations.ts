// Runs before every worker test file: the same numbered migrations as dev and deploy.
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
