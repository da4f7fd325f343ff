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
  es: {
    events: {
      'response.negative': {
        label: 'Cliente insatisfecho',
        about: 'Una vez por respuesta, cuando pasa a ser negativa: NPS 0–6, CSAT 1–2 o CES 4 o más.',
      },
      'response.created': { label: 'Nueva respuesta', about: 'Cada respuesta nueva, en cuanto llega su primera valoración.' },
      'response.updated': {
        label: 'Respuesta modificada',
        about: 'Una valoración posterior modifica una respuesta: otra puntuación, el comentario o la valoración de un aspecto.',
      },
      'followup.updated': {
        label: 'Seguimiento modificado',
        about: 'Alguien cambia el estado, el responsable o la nota de un seguimiento en la bandeja de seguimientos.',
      },
      'digest.weekly': {
        label: 'Resumen semanal',
        about: 'Los lunes a las 08:00 UTC: las cifras de la semana pasada con sus márgenes, los agentes y los seguimientos aún nuevos.',
      },
    },
    formats: {
      standard: {
        label: 'Estándar (JSON firmado)',
        about: 'JSON firmado con cabeceras Standard Webhooks, para tu propio código, Zapier, Make o n8n.',
      },
      slack: { label: 'Slack', about: 'Un mensaje legible para una URL de incoming webhook de Slack (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Una Adaptive Card para una URL de webhook de Teams Workflows.' },
    },
    survey: 'encuesta',
    agent: 'agente',
    channel: 'canal',
    noAnswer: 'Sin respuesta',
  },
  fr: {
    events: {
      'response.negative': {
        label: 'Client mécontent',
        about: 'Une fois par réponse, quand elle devient négative : NPS 0–6, CSAT 1–2 ou CES 4 ou plus.',
      },
      'response.created': { label: 'Nouvelle réponse', about: 'Chaque nouvelle réponse, dès l’arrivée de sa première note.' },
      'response.updated': {
        label: 'Réponse modifiée',
        about: 'Une note ultérieure modifie une réponse : un autre score, le commentaire ou la note d’un aspect.',
      },
      'followup.updated': {
        label: 'Suivi modifié',
        about: 'Quelqu’un change l’état, le responsable ou la note d’un suivi dans la boîte des suivis.',
      },
      'digest.weekly': {
        label: 'Récapitulatif hebdomadaire',
        about: 'Le lundi à 08:00 UTC : les chiffres de la semaine passée avec leurs marges, les agents et les suivis encore nouveaux.',
      },
    },
    formats: {
      standard: {
        label: 'Standard (JSON signé)',
        about: 'JSON signé avec les en-têtes Standard Webhooks, pour votre propre code, Zapier, Make ou n8n.',
      },
      slack: { label: 'Slack', about: 'Un message lisible pour une URL d’incoming webhook Slack (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Une Adaptive Card pour une URL de webhook Teams Workflows.' },
    },
    survey: 'enquête',
    agent: 'agent',
    channel: 'canal',
    noAnswer: 'Pas de réponse',
  },
  de: {
    events: {
      'response.negative': {
        label: 'Unzufriedener Kunde',
        about: 'Einmal pro Antwort, sobald sie negativ wird: NPS 0–6, CSAT 1–2 oder CES 4 oder mehr.',
      },
      'response.created': { label: 'Neue Antwort', about: 'Jede neue Antwort, sobald ihre erste Bewertung eintrifft.' },
      'response.updated': {
        label: 'Antwort geändert',
        about: 'Eine spätere Bewertung ändert eine Antwort: ein anderer Wert, der Kommentar oder die Bewertung eines Aspekts.',
      },
      'followup.updated': {
        label: 'Nachfassen geändert',
        about: 'Jemand ändert Status, zuständige Person oder Notiz eines Nachfassens im Nachfass-Eingang.',
      },
      'digest.weekly': {
        label: 'Wöchentliche Zusammenfassung',
        about: 'Montags um 08:00 UTC: die Zahlen der letzten Woche mit ihren Spannen, die Agenten und die noch neuen Nachfassfälle.',
      },
    },
    formats: {
      standard: {
        label: 'Standard (signiertes JSON)',
        about: 'JSON, signiert mit Standard-Webhooks-Headern, für Ihren eigenen Code, Zapier, Make oder n8n.',
      },
      slack: { label: 'Slack', about: 'Eine lesbare Nachricht für eine Slack-Incoming-Webhook-URL (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Eine Adaptive Card für eine Webhook-URL von Teams Workflows.' },
    },
    survey: 'Umfrage',
    agent: 'Agent',
    channel: 'Kanal',
    noAnswer: 'Keine Antwort',
  },
  pt: {
    events: {
      'response.negative': {
        label: 'Cliente insatisfeito',
        about: 'Uma vez por resposta, quando se torna negativa: NPS 0–6, CSAT 1–2 ou CES 4 ou mais.',
      },
      'response.created': { label: 'Nova resposta', about: 'Cada nova resposta, assim que chega a sua primeira avaliação.' },
      'response.updated': {
        label: 'Resposta alterada',
        about: 'Uma avaliação posterior altera uma resposta: outra pontuação, o comentário ou a avaliação de um aspeto.',
      },
      'followup.updated': {
        label: 'Seguimento alterado',
        about: 'Alguém altera o estado, o responsável ou a nota de um seguimento na caixa de seguimentos.',
      },
      'digest.weekly': {
        label: 'Resumo semanal',
        about: 'Às segundas-feiras às 08:00 UTC: os números da semana passada com as suas margens, os agentes e os seguimentos ainda novos.',
      },
    },
    formats: {
      standard: {
        label: 'Padrão (JSON assinado)',
        about: 'JSON assinado com cabeçalhos Standard Webhooks, para o seu próprio código, Zapier, Make ou n8n.',
      },
      slack: { label: 'Slack', about: 'Uma mensagem legível para um URL de incoming webhook do Slack (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Um Adaptive Card para um URL de webhook do Teams Workflows.' },
    },
    survey: 'inquérito',
    agent: 'agente',
    channel: 'canal',
    noAnswer: 'Sem resposta',
  },
  pl: {
    events: {
      'response.negative': {
        label: 'Niezadowolony klient',
        about: 'Raz na odpowiedź, gdy staje się negatywna: NPS 0–6, CSAT 1–2 lub CES 4 i więcej.',
      },
      'response.created': { label: 'Nowa odpowiedź', about: 'Każda nowa odpowiedź, gdy tylko nadejdzie jej pierwsza ocena.' },
      'response.updated': {
        label: 'Zmiana odpowiedzi',
        about: 'Późniejsza ocena zmienia odpowiedź: inny wynik, komentarz lub ocenę aspektu.',
      },
      'followup.updated': {
        label: 'Zmiana działania następczego',
        about: 'Ktoś zmienia stan, osobę odpowiedzialną lub notatkę działania następczego w skrzynce działań następczych.',
      },
      'digest.weekly': {
        label: 'Podsumowanie tygodniowe',
        about: 'W poniedziałki o 08:00 UTC: liczby z zeszłego tygodnia z marginesami, agenci i działania następcze, które wciąż są nowe.',
      },
    },
    formats: {
      standard: {
        label: 'Standardowy (podpisany JSON)',
        about: 'JSON podpisany nagłówkami Standard Webhooks, dla Twojego kodu, Zapiera, Make lub n8n.',
      },
      slack: { label: 'Slack', about: 'Czytelna wiadomość dla adresu URL incoming webhook w Slacku (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Karta Adaptive Card dla adresu URL webhooka Teams Workflows.' },
    },
    survey: 'ankieta',
    agent: 'agent',
    channel: 'kanał',
    noAnswer: 'Brak odpowiedzi',
  },
  nl: {
    events: {
      'response.negative': {
        label: 'Ontevreden klant',
        about: 'Eén keer per antwoord, zodra het negatief wordt: NPS 0–6, CSAT 1–2 of CES 4 of hoger.',
      },
      'response.created': { label: 'Nieuw antwoord', about: 'Elk nieuw antwoord, zodra de eerste beoordeling binnenkomt.' },
      'response.updated': {
        label: 'Antwoord gewijzigd',
        about: 'Een latere beoordeling wijzigt een antwoord: een andere score, de opmerking of de beoordeling van een aspect.',
      },
      'followup.updated': {
        label: 'Opvolging gewijzigd',
        about: 'Iemand wijzigt de status, eigenaar of notitie van een opvolging in de opvolgingsinbox.',
      },
      'digest.weekly': {
        label: 'Wekelijks overzicht',
        about: 'Maandag om 08:00 UTC: de cijfers van vorige week met hun marges, de agents en de opvolgingen die nog nieuw zijn.',
      },
    },
    formats: {
      standard: {
        label: 'Standaard (ondertekende JSON)',
        about: 'JSON ondertekend met Standard Webhooks-headers, voor je eigen code, Zapier, Make of n8n.',
      },
      slack: { label: 'Slack', about: 'Een leesbaar bericht voor een Slack incoming-webhook-URL (hooks.slack.com).' },
      teams: { label: 'Microsoft Teams', about: 'Een Adaptive Card voor een webhook-URL van Teams Workflows.' },
    },
    survey: 'enquête',
    agent: 'agent',
    channel: 'kanaal',
    noAnswer: 'Geen antwoord',
  },
};
