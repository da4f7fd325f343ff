// The signed-in header: product name, site picker (only the person's sites), the views' navigation,
// the user with "Your account", the dashboard's language, and "Sign out".
import type { AuthState, SiteInfo } from '../../../shared/api';
import { isAdmin, ROLE_INFO } from '../lib/access';
import { SelectField } from './field';
import { tr, type Text } from '../lib/i18n';
import { LangSwitch } from './lang-switch';
import { navigate, onLinkClick, viewHref, viewLabel, VIEWS, withParams, type View } from '../lib/route';

const T = {
  en: { site: 'Site', signOut: 'Sign out', nav: 'Main' },
  it: { site: 'Sito', signOut: 'Esci', nav: 'Principale' },
  es: { site: 'Sitio', signOut: 'Cerrar sesión', nav: 'Principal' },
  fr: { site: 'Site', signOut: 'Se déconnecter', nav: 'Principale' },
  de: { site: 'Website', signOut: 'Abmelden', nav: 'Hauptmenü' },
  pt: { site: 'Site', signOut: 'Terminar sessão', nav: 'Principal' },
  pl: { site: 'Witryna', signOut: 'Wyloguj się', nav: 'Główna' },
  nl: { site: 'Site', signOut: 'Afmelden', nav: 'Hoofdmenu' },
} satisfies Text<Record<string, string>>;

interface Props {
  q: URLSearchParams;
  view: View;
  user: NonNullable<AuthState['user']>;
  sites: SiteInfo[];
  site: SiteInfo | undefined;
  signOut(): void;
}

export function Header({ q, view, user, sites, site, signOut }: Props) {
  const t = tr(T);
  return (
    <header class="top">
      <div class="top-row">
        <a class="brand" href={viewHref(q, 'overview')} onClick={onLinkClick}>
          Voce
        </a>
        {sites.length > 1 && site && (
          <SelectField
            id="site"
            class="site-picker"
            label={t.site}
            value={site.id}
            choices={sites.map((s) => ({ value: s.id, label: s.name }))}
            // Filters name one site's agents and channels: start clean on another site.
            onChange={(value) =>
              navigate(withParams(new URLSearchParams(), { site: value, view: view === 'overview' ? null : view }))
            }
          />
        )}
        {sites.length === 1 && site && <span class="site-name">{site.name}</span>}
        <div class="user">
          <span class="user-email">{user.email}</span> <span class="badge">{ROLE_INFO[user.role].label}</span>
          <a
            href={viewHref(q, 'account')}
            onClick={onLinkClick}
            aria-current={view === 'account' ? 'page' : undefined}
          >
            {viewLabel('account')}
          </a>
          <LangSwitch />
          <button type="button" class="secondary small" onClick={signOut}>
            {t.signOut}
          </button>
        </div>
      </div>
      <nav aria-label={t.nav}>
        <ul>
          {VIEWS.filter((v) => v.inNav !== false && (!v.adminOnly || isAdmin(user))).map((v) => (
            <li key={v.id}>
              <a
                href={viewHref(q, v.id)}
                onClick={onLinkClick}
                aria-current={v.id === view ? 'page' : undefined}
              >
                {v.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
