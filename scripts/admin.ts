// The operator's commands (SPEC.md "Commands"), on the local D1 or, with --remote, the deployed one.
// Sites and keys: scripts/admin/sites.ts; people and the setup code: scripts/admin/people.ts.
import { rebuildSql } from '../worker/src/db/rollups';
import { parseArgs, type Command } from './admin/args';
import { setupCode, userCreate, userDisable, userRemove, userSet } from './admin/people';
import { keyCreate, siteAddOrigin, siteCreate, siteRotateLinkSecret, siteSet, siteTemplateLinks, siteWidgetSecret } from './admin/sites';
import { webhookAdd, webhookList, webhookRemove } from './admin/webhooks';
import { applyMigrations, CommandError, d1Query, type Target } from './lib/wrangler';

const USAGE = `Usage: npm run admin -- <command> [--remote]
  site create <site> --origin <url> [--origin <url>…] [--name <name>]
  site add-origin <site> <url>
  site template-links <site> on|off [--pattern <regex for ticket IDs>]
  site set <site> [--timezone <IANA name, e.g. Europe/Rome>] [--require-verified-tickets on|off] [--ticket-url <helpdesk ticket address with {ticket}, or "">]
  site widget-secret <site>            prints the secret that signs data-token (verified tickets)
  site rotate-link-secret <site>       every signed link issued so far stops working
  key create <site> [--label <label>]
  user create <email> --role admin|responder|viewer [--site <site>…] [--password <at least 12 characters>]
  user set <email> [--role …] [--site <site>… | --all-sites] [--password …]
  user disable|enable|remove <email>
  setup-code                           a one-time code for creating the first admin in the dashboard
  webhook add <site> <url> [--events response.negative,…] [--format standard|slack|teams]
                [--survey <id>] [--agent <id>] [--channel <name>]
  webhook list <site>
  webhook remove <site> <id>
  rollups rebuild`;

function rollupsRebuild({ target, print }: Command): void {
  const started = Date.now();
  d1Query(rebuildSql().join(';\n'), target);
  const n = d1Query<{ n: number }>('SELECT count(*) AS n FROM daily_rollups', target)[0]?.n ?? 0;
  print(`Rebuilt the daily rollups from the responses: ${n} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

const COMMANDS: Record<string, (c: Command) => unknown> = {
  'site create': siteCreate,
  'site add-origin': siteAddOrigin,
  'site template-links': siteTemplateLinks,
  'site set': siteSet,
  'site widget-secret': siteWidgetSecret,
  'site rotate-link-secret': siteRotateLinkSecret,
  'key create': keyCreate,
  'user create': userCreate,
  'user set': userSet,
  'user disable': (c) => userDisable(c, true),
  'user enable': (c) => userDisable(c, false),
  'user remove': userRemove,
  'rollups rebuild': rollupsRebuild,
  'webhook add': webhookAdd,
  'webhook list': webhookList,
  'webhook remove': webhookRemove,
};

export async function run(argv: string[], t: Target = {}, print = console.log): Promise<void> {
  const { words, flags } = parseArgs(argv);
  const target: Target = { ...t, remote: flags.has('remote') || t.remote };
  const [group, verb, ...rest] = words;
  const command: Command = { rest, flags, target, print, now: Date.now() };
  if (group === 'setup-code') {
    await setupCode({ ...command, rest: words.slice(1) });
    return;
  }
  const handler = COMMANDS[`${group} ${verb}`];
  if (!handler) throw new CommandError(USAGE);
  await handler(command);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target: Target = { persistTo: process.env.VOCE_PERSIST_TO };
  // A fresh checkout's local database has no tables yet; a deployed one is migrated by `npm run deploy`.
  if (!process.argv.includes('--remote')) applyMigrations(target);
  run(process.argv.slice(2), target).catch((err: Error) => {
    console.error(err instanceof CommandError ? err.message : err);
    process.exit(1);
  });
}
