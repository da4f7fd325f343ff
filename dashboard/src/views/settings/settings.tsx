// Settings for admins: the site's origins, template links, email page, API keys, webhooks, retention and surveys;
// and, for an admin of every site, a new site and the People section (who may sign in, with which role
// and sites).
import type { Me, SiteInfo, SiteSettingsView } from '../../../../shared/api';
import { isAdmin, isOwner } from '../../lib/access';
import { enc } from '../../lib/api';
import { onLinkClick, viewHref } from '../../lib/route';
import { SettingsAgentNames } from './agent-names';
import { SettingsBrand } from './brand';
import { SettingsHelpdesk } from './helpdesk';
import { SettingsKeys } from './keys';
import { SettingsOrigins, SettingsTemplateLinks } from './origins';
import { SettingsRetention } from './retention';
import { SettingsNewSite } from './sites';
import { SettingsSurveys } from './surveys/surveys';
import { SettingsTimeZone } from './timezone';
import { SettingsPeople } from './users';
import { SettingsWebhooks } from './webhooks/webhooks';
import { useApi } from '../../lib/use-api';
import { tr } from '../../lib/i18n';
import { T } from './settings.text';
import { ErrorNote, Loading } from '../../components/ui';

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
  const t = tr(T);
  const owner = isOwner(me);
  const section = owner && q.get('section') === 'people' ? 'people' : 'site';
  const res = useApi<SiteSettingsView>(
    isAdmin(me) && section === 'site' ? `/sites/${enc(site.id)}/settings` : null,
  );
  if (!isAdmin(me)) {
    return (
      <>
        <h1 tabIndex={-1}>{t.title}</h1>
        <p class="note">
          {t.onlyAdmins}{' '}
          <a href={viewHref(q, 'account')} onClick={onLinkClick}>
            {t.yourAccount}
          </a>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      {owner && (
        <nav aria-label={t.sections} class="subnav">
          <ul>
            <li>
              <a
                href={viewHref(q, 'settings')}
                onClick={onLinkClick}
                aria-current={section === 'site' ? 'page' : undefined}
              >
                {t.site}: {site.name}
              </a>
            </li>
            <li>
              <a
                href={viewHref(q, 'settings', { section: 'people' })}
                onClick={onLinkClick}
                aria-current={section === 'people' ? 'page' : undefined}
              >
                {t.people}
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
            {t.site} <strong>{site.name}</strong> ({site.id})
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
              recounting={res.data.recount.pending}
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
          {res.data && <SettingsAgentNames key={`names-${site.id}`} site={site} names={res.data.agentNames ?? {}} reload={() => { res.reload(); reloadSites(); }} />}
          <SettingsSurveys key={site.id} site={site} reloadSites={reloadSites} />
          {owner && <SettingsNewSite reloadSites={reloadSites} />}
        </>
      )}
    </>
  );
}
