// The manager's dashboard (issue #5 fills it in); for now it proves the Preact + Vite build and the API.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './main.css';

function App() {
  const [health, setHealth] = useState<'checking' | 'up' | 'down'>('checking');
  useEffect(() => {
    fetch('/api/v1/health')
      .then((r) => setHealth(r.ok ? 'up' : 'down'))
      .catch(() => setHealth('down'));
  }, []);
  return (
    <main>
      <h1>Voce dashboard</h1>
      <p>
        The overview, trends, comments and follow-up inbox arrive with the dashboard issue. The collector API is{' '}
        <strong>{health}</strong>.
      </p>
      <p>
        <a href="/demo">Open the demo support page</a>
      </p>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
