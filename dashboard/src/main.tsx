// The dashboard's entry point: styles and the app shell.
import { render } from 'preact';
import { App } from './app';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/filters.css';
import './styles/cards.css';
import './styles/tables.css';
import './styles/rate.css';
import './styles/responses.css';
import './styles/surveys.css';
import './styles/inbox.css';
import './styles/webhooks.css';
import './styles/agents.css';

render(<App />, document.getElementById('app')!);
