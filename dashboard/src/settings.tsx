// Settings for admins: the site's origins, template links, email page, API keys, webhooks, retention and surveys;
// and, for an admin of every site, a new site and the People section (who may sign in, with which role
// and sites).
import type { Me, SiteInfo } from '../../shared/api';
import { isAdmin, isOwner } from './access';
import { enc } from './api';
import { onLinkClick, viewHref } from './route';
import { SettingsBrand } from './settings-brand';
import { SettingsHelpdesk } from './settings-helpdesk';
import { SettingsKeys } from './settings-keys';
import { SettingsOrigins, SettingsTemplateLinks } from './settings-origins';
import { SettingsRetention } from './settings-retention';
import { SettingsNewSite } from './settings-sites';
import { SettingsSurveys } from './settings-surveys';
import { SettingsTimeZone } from './settings-timezone';
import { SettingsPeople } from './settings-users';
import { SettingsWebhooks } from './settings-webhooks';
import { useApi } from './use-api';
import { ErrorNote, Loading } from './ui';

export interface SiteSettings {
  origins: string[];
  templateLinks: { enabled: boolean; ticketPattern?: string };
  /** Widget answers need a ticket token signed by the site's server; template links are refused. */
  requireVerifiedTickets?: boolean;
  /** The helpdesk's ticket address with {ticket}; null: tickets link to the dashboard. */
  ticketUrl?: string | null;
  keys: { id: string; prefix: string; label: string | null; createdAt: string; revokedAt: string | null }[];
  /** Answers older than this many days are erased daily; null keeps everything. */
  retentionDays: number | null;
  /** The IANA time zone every day boundary is in. */
  timezone: string;
  /** What the email landing page shows: the site's name, its colour and its logo's address. */
  name: string;
  brandColor: string | null;
  logo: string | null;
}

interface Props {
  q: URLSearchParams;
  site: SiteInfo;
  /** The sites the person may see (all of them for an admin of every site). */
  sites: SiteInfo[];
  me: Me;
  /** Fetches the site list again (a new site, a new survey). */
  reloadSites(): void;
}

export function Settings({ q, site, sites, me, reloadSites }: Props) {
  const owner = isOwner(me);
  const section = owner && q.get('section') === 'people' ? 'people' : 'site';
  const res = useApi<SiteSettings>(
    isAdmin(me) && section === 'site' ? `/sites/${enc(site.id)}/settings` : null,
  );
  if (!isAdmin(me)) {
    return (
      <>
        <h1 tabIndex={-1}>Settings</h1>
        <p class="note">
          Only admins can see and change the settings. Your own password is under{' '}
          <a href={viewHref(q, 'account')} onClick={onLinkClick}>
            Your account
          </a>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {owner && (
        <nav aria-label="Settings sections" class="subnav">
          <ul>
            <li>
              <a
                href={viewHref(q, 'settings')}
                onClick={onLinkClick}
                aria-current={section === 'site' ? 'page' : undefined}
              >
                Site: {site.name}
              </a>
            </li>
            <li>
              <a
                href={viewHref(q, 'settings', { section: 'people' })}
                onClick={onLinkClick}
                aria-current={section === 'people' ? 'page' : undefined}
              >
                People
              </a>
            </li>
          </ul>
        </nav>
      )}
      {section === 'people' ? (
        <SettingsPeople sites={sites} me={me} />
      ) : (
        <>
          <p class="muted">
            Site <strong>{site.name}</strong> ({site.id})
          </p>
          {res.loading && <Loading />}
          {res.error && <ErrorNote error={res.error} retry={res.reload} />}
          {res.data && (
            <>
              <SettingsOrigins site={site.id} origins={res.data.origins} reload={res.reload} />
              <SettingsTemplateLinks
                site={site.id}
                value={res.data.templateLinks}
                requireVerified={res.data.requireVerifiedTickets ?? false}
                reload={res.reload}
              />
              <SettingsHelpdesk
                key={site.id}
                site={site.id}
                value={res.data.ticketUrl ?? null}
                reload={() => {
                  res.reload();
                  reloadSites();
                }}
              />
              <SettingsBrand
                key={`brand-${site.id}`}
                site={site.id}
                name={res.data.name}
                color={res.data.brandColor}
                logo={res.data.logo}
                reload={() => {
                  res.reload();
                  reloadSites();
                }}
              />
              <SettingsKeys site={site.id} keys={res.data.keys} reload={res.reload} />
            </>
          )}
          <SettingsWebhooks key={site.id} site={site} />
          {res.data && (
            <SettingsTimeZone
              key={`tz-${site.id}`}
              site={site.id}
              zone={res.data.timezone}
              reload={() => {
                res.reload();
                reloadSites();
              }}
            />
          )}
          {res.data && (
            <SettingsRetention
              key={site.id}
              site={site.id}
              days={res.data.retentionDays ?? null}
              reload={res.reload}
            />
          )}
          <SettingsSurveys key={site.id} site={site} reloadSites={reloadSites} />
          {owner && <SettingsNewSite reloadSites={reloadSites} />}
        </>
      )}
    </>
  );
}
