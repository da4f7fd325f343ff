// Webhook events and formats in plain language, and the words of an endpoint's filter and of a try
// without an answer, in every language (used by webhook-text.ts and the webhook views).
import type { WebhookEndpoint, WebhookEventName } from '../../../../../shared/api';
import type { Text } from '../../../lib/i18n';

interface Words {
  // Typed as Records over the shared types, so a new event or format is a type error here until named.
  events: Record<WebhookEventName, { label: string; about: string }>;
  formats: Record<WebhookEndpoint['format'], { label: string; about: string }>;
  survey: string;
  agent: string;
  channel: string;
  noAnswer: string;
}

export const WEBHOOK_TEXT: Text<Words> = {
  en: {
    events: {
      'response.negative': {
        label: 'Unhappy customer',
        about: 'Once per response, when it first becomes negative: NPS 0–6, CSAT 1–2 or CES 4 or more.',
      },
      'response.created': { label: 'New response', about: 'Every new response, as soon as its first answer arrives.' },
      'response.updated': {
        label: 'Response changed',
        about: 'A later answer changes a response: another score, the comment or an aspect rating.',
      },
      'followup.updated': {
        label: 'Follow-up changed',
        about: 'Someone changes a follow-up’s status, owner or note in the follow-up inbox.',
      },
      'digest.weekly': {
        label: 'Weekly digest',
        about: 'Mondays at 08:00 UTC: last week’s numbers with their margins, the agents, and the follow-ups still new.',
      },
    },
    formats: {
      standard: {
        label: 'Standard (signed JSON)',
        about: 'JSON signed with Standard Webhooks headers, for your own code, Zapier, Make or n8n.',
      },
      slack: { label: 'Slack', about: 'A readable message for a Slack incoming-webhook URL (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'An Adaptive Card for a Teams Workflows webhook URL.' },
    },
    survey: 'survey',
    agent: 'agent',
    channel: 'channel',
    noAnswer: 'No answer',
  },
  it: {
    events: {
      'response.negative': {
        label: 'Cliente insoddisfatto',
        about: 'Una volta per risposta, quando diventa negativa: NPS 0–6, CSAT 1–2 o CES 4 o più.',
      },
      'response.created': {
        label: 'Nuova risposta',
        about: 'Ogni nuova risposta, appena arriva il suo primo voto.',
      },
      'response.updated': {
        label: 'Risposta modificata',
        about: 'Un voto successivo modifica una risposta: un altro punteggio, il commento o la valutazione di un aspetto.',
      },
      'followup.updated': {
        label: 'Follow-up modificato',
        about: 'Qualcuno cambia stato, responsabile o nota di un follow-up nella casella dei follow-up.',
      },
      'digest.weekly': {
        label: 'Riepilogo settimanale',
        about: 'Il lunedì alle 08:00 UTC: i numeri della settimana scorsa con i loro margini, gli agenti e i follow-up ancora nuovi.',
      },
    },
    formats: {
      standard: {
        label: 'Standard (JSON firmato)',
        about: 'JSON firmato con le intestazioni Standard Webhooks, per il tuo codice, Zapier, Make o n8n.',
      },
      slack: { label: 'Slack', about: 'Un messaggio leggibile per un URL di incoming webhook di Slack (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Una Adaptive Card per un URL webhook di Teams Workflows.' },
    },
    survey: 'sondaggio',
    agent: 'agente',
    channel: 'canale',
    noAnswer: 'Nessuna risposta',
  },
};
