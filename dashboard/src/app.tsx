// The dashboard shell: auth state (first run, sign-in, signed in), the site list, and which view to show.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AuthState, SiteList } from '../../shared/api';
import { isOwner } from './lib/access';
import { Account } from './views/account/account';
import { Agents } from './views/agents/agents';
import { setSiteAgents } from './lib/agents';
import { api, ApiError, onSignedOut, setCsrf } from './lib/api';
import { LoginPage, SetupPage } from './views/sign-in/auth-pages';
import { Comments } from './views/comments/comments';
import { setSiteZone } from './lib/dates';
import { FollowUps } from './views/followups/followups';
import { Header } from './components/header';
import { Overview } from './views/overview/overview';
import { ResponseRate } from './views/rate/response-rate';
import { navigate, useQuery, viewOf, VIEWS, withParams } from './lib/route';
import { Settings } from './views/settings/settings';
import { SettingsNewSite } from './views/settings/sites';
import { Tickets } from './views/tickets/tickets';
import { useApi } from './lib/use-api';
import { ErrorNote, Loading } from './components/ui';

function SkipLink() {
  return (
    <a
      class="skip"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

function SignedIn({
  auth,
  signOut,
}: {
  auth: AuthState & { user: NonNullable<AuthState['user']> };
  signOut(): void;
}) {
  const q = useQuery();
  const view = viewOf(q);
  const sites = useApi<SiteList>('/sites');
  const list = sites.data?.sites ?? [];
  const site = list.find((s) => s.id === q.get('site')) ?? list[0];
  setSiteZone(site?.timezone); // before the views below compute their default dates
  setSiteAgents(site);
  const first = useRef(true);

  // A missing or unknown site in the address becomes the first site, without a new history entry.
  useEffect(() => {
    if (site && q.get('site') !== site.id) navigate(withParams(q, { site: site.id }), true);
  }, [site?.id, q.get('site')]);

  useEffect(() => {
    document.title = `${VIEWS.find((v) => v.id === view)!.label} · Voce`;
    // After a change of view, put focus on its heading so screen readers announce where they are.
    if (first.current) first.current = false;
    else document.querySelector<HTMLElement>('main h1')?.focus();
  }, [view]);

  let body;
  // The account is the person's own, whatever sites they have.
  if (view === 'account') body = <Account me={auth.user} />;
  else if (sites.loading) body = <Loading />;
  else if (sites.error) body = <ErrorNote error={sites.error} retry={sites.reload} />;
  else if (!site)
    body = isOwner(auth.user) ? (
      <>
        <p class="note">There is no site yet: create the first one here.</p>
        <SettingsNewSite reloadSites={sites.reload} />
      </>
    ) : (
      <p class="note">You have no site yet: ask an admin of all sites to give you one.</p>
    );
  else if (view === 'agents') body = <Agents q={q} site={site} />;
  else if (view === 'rate') body = <ResponseRate q={q} site={site} />;
  else if (view === 'comments') body = <Comments q={q} site={site} />;
  else if (view === 'followups') body = <FollowUps q={q} site={site} me={auth.user} />;
  else if (view === 'tickets') body = <Tickets q={q} site={site} />;
  else if (view === 'settings')
    body = <Settings q={q} site={site} sites={list} me={auth.user} reloadSites={sites.reload} />;
  else body = <Overview q={q} site={site} />;
  const needsTitle = !site && view !== 'account';

  return (
    <>
      <SkipLink />
      <Header q={q} view={view} user={auth.user} sites={list} site={site} signOut={signOut} />
      <main id="main" tabIndex={-1}>
        {needsTitle && <h1 tabIndex={-1}>{VIEWS.find((v) => v.id === view)!.label}</h1>}
        {body}
      </main>
    </>
  );
}

export function App() {
  const [auth, setAuth] = useState<AuthState | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [notice, setNotice] = useState('');

  const load = useCallback(() => {
    setError(undefined);
    api<AuthState>('/auth/state').then(
      (s) => {
        setCsrf(s.csrf);
        setAuth(s);
      },
      (err: ApiError) => setError(err),
    );
  }, []);

  useEffect(() => {
    onSignedOut(() => {
      setNotice('Your session has ended. Please sign in again.');
      setAuth((a) => a && { ...a, user: null });
      load();
    });
    load();
  }, [load]);

  const signOut = async () => {
    try {
      await api('/auth/logout', { method: 'POST', body: {} });
    } catch {
      // Signed out or not, show the sign-in page with a fresh state.
    }
    setNotice('You have signed out.');
    load();
  };

  if (!auth) {
    return (
      <>
        <header class="top top-plain">
          <p class="brand">Voce</p>
        </header>
        <main id="main">
          <h1>Voce dashboard</h1>
          {error ? <ErrorNote error={error} retry={load} /> : <Loading />}
        </main>
      </>
    );
  }
  if (auth.needsSetup) return <SetupPage done={load} />;
  if (!auth.user) {
    return (
      <LoginPage
        notice={notice}
        done={() => {
          setNotice('');
          load();
        }}
      />
    );
  }
  return <SignedIn auth={{ ...auth, user: auth.user }} signOut={signOut} />;
}
