// The signed-in header: product name, site picker (only the person's sites), the views' navigation,
// the user with "Your account", and "Sign out".
import type { AuthState, SiteInfo } from '../../../shared/api';
import { isAdmin, ROLE_INFO } from '../lib/access';
import { SelectField } from './field';
import { navigate, onLinkClick, viewHref, VIEWS, withParams, type View } from '../lib/route';

interface Props {
  q: URLSearchParams;
  view: View;
  user: NonNullable<AuthState['user']>;
  sites: SiteInfo[];
  site: SiteInfo | undefined;
  signOut(): void;
}

export function Header({ q, view, user, sites, site, signOut }: Props) {
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
            label="Site"
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
            Your account
          </a>
          <button type="button" class="secondary small" onClick={signOut}>
            Sign out
          </button>
        </div>
      </div>
      <nav aria-label="Main">
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
