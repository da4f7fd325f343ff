// Site settings for admins: allowed origins, template links, API keys, surveys, the dashboard's users
// and a new site.
import type { SiteInfo } from '../../shared/api';
import { enc } from './api';
import { SettingsKeys } from './settings-keys';
import { SettingsOrigins, SettingsTemplateLinks } from './settings-origins';
import { SettingsNewSite } from './settings-sites';
import { SettingsSurveys } from './settings-surveys';
import { SettingsUsers } from './settings-users';
import { useApi } from './use-api';
import { ErrorNote, Loading } from './ui';

export interface SiteSettings {
  origins: string[];
  templateLinks: { enabled: boolean; ticketPattern?: string };
  keys: { id: string; prefix: string; label: string | null; createdAt: string; revokedAt: string | null }[];
}

interface Props {
  site: SiteInfo;
  isAdmin: boolean;
  /** Fetches the site list again (a new site, a new survey). */
  reloadSites(): void;
}

export function Settings({ site, isAdmin, reloadSites }: Props) {
  const res = useApi<SiteSettings>(isAdmin ? `/sites/${enc(site.id)}/settings` : null);
  if (!isAdmin) {
    return (
      <>
        <h1 tabIndex={-1}>Settings</h1>
        <p class="note">Only admins can see and change the settings.</p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      <p class="muted">
        Site <strong>{site.name}</strong> ({site.id})
      </p>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && (
        <>
          <SettingsOrigins site={site.id} origins={res.data.origins} reload={res.reload} />
          <SettingsTemplateLinks site={site.id} value={res.data.templateLinks} reload={res.reload} />
          <SettingsKeys site={site.id} keys={res.data.keys} reload={res.reload} />
        </>
      )}
      <SettingsSurveys key={site.id} site={site} reloadSites={reloadSites} />
      <SettingsUsers />
      <SettingsNewSite reloadSites={reloadSites} />
    </>
  );
}
