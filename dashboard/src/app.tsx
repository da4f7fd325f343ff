// The dashboard shell: auth state (first run, sign-in, signed in), the site list, and which view to show,
// in the dashboard's language (a switch of language re-renders the whole tree: see App).
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
import { navigate, useQuery, viewLabel, viewOf, withParams } from './lib/route';
import { lang, onLangChange, tr, type Text } from './lib/i18n';
import { Settings } from './views/settings/settings';
import { SettingsNewSite } from './views/settings/sites';
import { Support } from './views/support/support';
import { Tickets } from './views/tickets/tickets';
import { useApi } from './lib/use-api';
import { ErrorNote, Loading } from './components/ui';

const T = {
  en: {
    skip: 'Skip to content',
    noSite: 'There is no site yet: create the first one here.',
    noSiteAsk: 'You have no site yet: ask an admin of all sites to give you one.',
    ended: 'Your session has ended. Please sign in again.',
    out: 'You have signed out.',
    title: 'Voce dashboard',
  },
  it: {
    skip: 'Vai al contenuto',
    noSite: 'Non c’è ancora nessun sito: crea qui il primo.',
    noSiteAsk: 'Non hai ancora nessun sito: chiedi a un amministratore di tutti i siti di assegnartene uno.',
    ended: 'La sessione è scaduta. Accedi di nuovo.',
    out: 'Sei uscito dall’account.',
    title: 'Dashboard di Voce',
  },
  es: {
    skip: 'Saltar al contenido',
    noSite: 'Todavía no hay ningún sitio: crea aquí el primero.',
    noSiteAsk: 'Todavía no tienes ningún sitio: pide a un administrador de todos los sitios que te asigne uno.',
    ended: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
    out: 'Has cerrado la sesión.',
    title: 'Panel de Voce',
  },
  fr: {
    skip: 'Aller au contenu',
    noSite: 'Il n’y a encore aucun site : créez le premier ici.',
    noSiteAsk: 'Vous n’avez encore aucun site : demandez-en un à un administrateur de tous les sites.',
    ended: 'Votre session a expiré. Veuillez vous reconnecter.',
    out: 'Vous êtes déconnecté.',
    title: 'Tableau de bord Voce',
  },
  de: {
    skip: 'Zum Inhalt springen',
    noSite: 'Es gibt noch keine Website: Legen Sie hier die erste an.',
    noSiteAsk: 'Sie haben noch keine Website: Bitten Sie einen Admin aller Websites, Ihnen eine zuzuweisen.',
    ended: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    out: 'Sie haben sich abgemeldet.',
    title: 'Voce-Dashboard',
  },
  pt: {
    skip: 'Saltar para o conteúdo',
    noSite: 'Ainda não há nenhum site: crie aqui o primeiro.',
    noSiteAsk: 'Ainda não tem nenhum site: peça a um administrador de todos os sites que lhe atribua um.',
    ended: 'A sua sessão terminou. Inicie sessão novamente.',
    out: 'Terminou a sessão.',
    title: 'Painel do Voce',
  },
  pl: {
    skip: 'Przejdź do treści',
    noSite: 'Nie ma jeszcze żadnej witryny: utwórz tutaj pierwszą.',
    noSiteAsk: 'Nie masz jeszcze żadnej witryny: poproś administratora wszystkich witryn o przydzielenie jednej.',
    ended: 'Sesja wygasła. Zaloguj się ponownie.',
    out: 'Wylogowano.',
    title: 'Panel Voce',
  },
  nl: {
    skip: 'Naar de inhoud',
    noSite: 'Er is nog geen site: maak hier de eerste aan.',
    noSiteAsk: 'U hebt nog geen site: vraag een beheerder van alle sites om er een toe te wijzen.',
    ended: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    out: 'U bent afgemeld.',
    title: 'Voce-dashboard',
  },
} satisfies Text<Record<string, string>>;

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
      {tr(T).skip}
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
    document.title = `${viewLabel(view)} · Voce`;
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
        <p class="note">{tr(T).noSite}</p>
        <SettingsNewSite reloadSites={sites.reload} />
      </>
    ) : (
      <p class="note">{tr(T).noSiteAsk}</p>
    );
  else if (view === 'agents') body = <Agents q={q} site={site} />;
  else if (view === 'support') body = <Support q={q} site={site} />;
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
        {needsTitle && <h1 tabIndex={-1}>{viewLabel(view)}</h1>}
        {body}
      </main>
    </>
  );
}

/** The whole app, remounted in the new language when the person switches (every view reads `tr` as it renders). */
export function App() {
  const [now, setNow] = useState(lang());
  useEffect(() => onLangChange(setNow), []);
  useEffect(() => void (document.documentElement.lang = now), [now]);
  return <Shell key={now} />;
}

function Shell() {
  const [auth, setAuth] = useState<AuthState | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  // Which notice, not its words: a switch of language rewords it.
  const [notice, setNotice] = useState<'' | 'ended' | 'out'>('');

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
      setNotice('ended');
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
    setNotice('out');
    load();
  };

  if (!auth) {
    return (
      <>
        <header class="top top-plain">
          <p class="brand">Voce</p>
        </header>
        <main id="main">
          <h1>{tr(T).title}</h1>
          {error ? <ErrorNote error={error} retry={load} /> : <Loading />}
        </main>
      </>
    );
  }
  if (auth.needsSetup) return <SetupPage done={load} />;
  if (!auth.user) {
    return (
      <LoginPage
        notice={notice && tr(T)[notice]}
        done={() => {
          setNotice('');
          load();
        }}
      />
    );
  }
  return <SignedIn auth={{ ...auth, user: auth.user }} signOut={signOut} />;
}
