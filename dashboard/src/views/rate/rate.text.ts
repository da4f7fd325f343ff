// The response-rate view's wording in every dashboard language (lib/i18n).
import { count, num } from '../../lib/format';
import type { Text } from '../../lib/i18n';

export interface RateWords {
  funnelCaption: string;
  issued: string;
  opened: string;
  answered: string;
  ofIssued(p: string): string;
  ofOpened(p: string): string;
  funnelTable: string;
  step: string;
  thisPeriod: string;
  previousPeriod: string;
  sourcesTable: string;
  sources: string;
  source: string;
  widget: string;
  email: string;
  all: string;
  nothing: string;
  noneBefore(what: 'issued' | 'opened', inPrev: string): string;
  inPrev(days: number): string;
  defsHeading: string;
  defs: { term: string; text: string }[];
  compared(now: string, before: string): string;
  noLinks: string;
  openTitle: string;
  answerTitle: string;
  rateTitle: string;
  openOf(opened: number, issued: number): string;
  answerOf(answered: number, opened: number): string;
  rateOf(answered: number, issued: number): string;
  stepsHeading: string;
}

const EN: RateWords = {
  funnelCaption: 'Email links: issued, opened by a person, answered',
  issued: 'Issued',
  opened: 'Opened by a person',
  answered: 'Answered',
  ofIssued: (p) => `${p} of issued`,
  ofOpened: (p) => `${p} of opened`,
  funnelTable: 'Email link funnel table',
  step: 'Step',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  sourcesTable: 'Answers by source table',
  sources: 'Answers by source',
  source: 'Source',
  widget: 'Widget',
  email: 'Email link',
  all: 'All answers',
  nothing: 'nothing to divide by',
  noneBefore: (what, p) => `No links ${what} ${p} to compare with`,
  inPrev: (d) => `in the previous ${count(d, { one: 'day', other: 'days' })}`,
  defsHeading: 'What the numbers mean',
  defs: [
    {
      term: 'Issued',
      text: 'Signed links made for a ticket through the API, counted on the day they were issued. Template links are not counted as issued or opened: they are built from a ticket ID, so nothing records that they were sent (their answers count under Answers by source).',
    },
    {
      term: 'Opened by a person',
      text: 'Opened: the page got a tap, click or key press; email scanners that only load the page are not counted. Sending an answer counts as opened too. Once per link, however often it is opened.',
    },
    { term: 'Answered', text: 'A person sent an answer through the link, once per link however often they change it.' },
    {
      term: 'Periods',
      text: 'Links count in the period they were issued, even when opened or answered later, so the most recent days still rise as customers catch up.',
    },
    {
      term: 'Answers by source',
      text: 'Every answer given in the period, in the widget or through an email link (signed or template), on the day it was given.',
    },
  ],
  compared: (now, before) => `${now}, compared with ${before}`,
  noLinks: 'Email links are signed, so none is counted while the filters ask for widget answers or answers without a verified ticket.',
  openTitle: 'Opened by a person',
  answerTitle: 'Answered, of opened',
  rateTitle: 'Response rate',
  openOf: (o, i) => `${num(o)} of ${count(i, { one: 'link', other: 'links' })} issued`,
  answerOf: (a, o) => `${num(a)} of ${num(o)} opened`,
  rateOf: (a, i) => `${num(a)} answered of ${count(i, { one: 'link', other: 'links' })} issued`,
  stepsHeading: 'Email links, step by step',
};

const IT: RateWords = {
  funnelCaption: 'Link email: inviati, aperti da una persona, con risposta',
  issued: 'Inviati',
  opened: 'Aperti da una persona',
  answered: 'Con risposta',
  ofIssued: (p) => `${p} degli inviati`,
  ofOpened: (p) => `${p} degli aperti`,
  funnelTable: 'Tabella del percorso dei link email',
  step: 'Passaggio',
  thisPeriod: 'Questo periodo',
  previousPeriod: 'Periodo precedente',
  sourcesTable: 'Tabella delle risposte per origine',
  sources: 'Risposte per origine',
  source: 'Origine',
  widget: 'Widget',
  email: 'Link email',
  all: 'Tutte le risposte',
  nothing: 'nessuna base su cui calcolarlo',
  noneBefore: (what, p) => `Nessun link ${what === 'issued' ? 'inviato' : 'aperto'} ${p} con cui confrontare`,
  inPrev: (d) => (d === 1 ? 'nel giorno precedente' : `nei ${num(d)} giorni precedenti`),
  defsHeading: 'Che cosa significano i numeri',
  defs: [
    {
      term: 'Inviati',
      text: 'Link firmati creati per un ticket tramite l’API, contati nel giorno in cui sono stati creati. I link da modello non vengono contati come inviati né come aperti: sono costruiti a partire dall’ID del ticket, quindi nulla registra che siano stati spediti (le loro risposte rientrano in Risposte per origine).',
    },
    {
      term: 'Aperti da una persona',
      text: 'Aperto: la pagina ha ricevuto un tocco, un clic o la pressione di un tasto; gli scanner email che si limitano a caricare la pagina non vengono contati. Anche l’invio di una risposta conta come apertura. Una volta per link, per quante volte venga aperto.',
    },
    { term: 'Con risposta', text: 'Una persona ha inviato una risposta tramite il link; una volta per link, per quante volte la modifichi.' },
    {
      term: 'Periodi',
      text: 'I link contano nel periodo in cui sono stati inviati, anche se aperti o compilati più tardi: per questo i giorni più recenti continuano a salire man mano che i clienti rispondono.',
    },
    {
      term: 'Risposte per origine',
      text: 'Tutte le risposte date nel periodo, nel widget o tramite un link email (firmato o da modello), nel giorno in cui sono state date.',
    },
  ],
  compared: (now, before) => `${now}, rispetto a ${before}`,
  noLinks: 'I link email sono firmati, quindi non ne viene contato nessuno se i filtri chiedono risposte dal widget o risposte senza ticket verificato.',
  openTitle: 'Aperti da una persona',
  answerTitle: 'Con risposta, sugli aperti',
  rateTitle: 'Tasso di risposta',
  openOf: (o, i) => `${num(o)} su ${count(i, { one: 'link inviato', other: 'link inviati' })}`,
  answerOf: (a, o) => `${num(a)} su ${count(o, { one: 'aperto', other: 'aperti' })}`,
  rateOf: (a, i) => `${num(a)} con risposta su ${count(i, { one: 'link inviato', other: 'link inviati' })}`,
  stepsHeading: 'Link email, passo per passo',
};

const ES: RateWords = {
  funnelCaption: 'Enlaces por email: enviados, abiertos por una persona, respondidos',
  issued: 'Enviados',
  opened: 'Abiertos por una persona',
  answered: 'Respondidos',
  ofIssued: (p) => `${p} de los enviados`,
  ofOpened: (p) => `${p} de los abiertos`,
  funnelTable: 'Tabla del embudo de enlaces por email',
  step: 'Paso',
  thisPeriod: 'Este periodo',
  previousPeriod: 'Periodo anterior',
  sourcesTable: 'Tabla de respuestas por origen',
  sources: 'Respuestas por origen',
  source: 'Origen',
  widget: 'Widget',
  email: 'Enlace por email',
  all: 'Todas las respuestas',
  nothing: 'nada sobre lo que calcularlo',
  noneBefore: (what, p) => `No hay enlaces ${what === 'issued' ? 'enviados' : 'abiertos'} ${p} con los que comparar`,
  inPrev: (d) => (d === 1 ? 'en el día anterior' : `en los ${num(d)} días anteriores`),
  defsHeading: 'Qué significan las cifras',
  defs: [
    { term: 'Enviados', text: 'Enlaces firmados creados para un ticket mediante la API, contados el día en que se crearon. Los enlaces de plantilla no se cuentan como enviados ni abiertos: se construyen a partir del ID del ticket, así que nada registra su envío (sus respuestas cuentan en Respuestas por origen).' },
    { term: 'Abiertos por una persona', text: 'Abierto: la página recibió un toque, un clic o una tecla; los escáneres de email que solo cargan la página no cuentan. Enviar una respuesta también cuenta como abierto. Una vez por enlace, por muchas veces que se abra.' },
    { term: 'Respondidos', text: 'Una persona envió una respuesta a través del enlace; una vez por enlace, por muchas veces que la cambie.' },
    { term: 'Periodos', text: 'Los enlaces cuentan en el periodo en que se enviaron, aunque se abran o respondan más tarde, por lo que los días más recientes siguen subiendo a medida que responden los clientes.' },
    { term: 'Respuestas por origen', text: 'Todas las respuestas del periodo, en el widget o mediante un enlace por email (firmado o de plantilla), el día en que se dieron.' },
  ],
  compared: (now, before) => `${now}, frente a ${before}`,
  noLinks: 'Los enlaces por email van firmados, así que no se cuenta ninguno mientras los filtros pidan respuestas del widget o sin ticket verificado.',
  openTitle: 'Abiertos por una persona',
  answerTitle: 'Respondidos, de los abiertos',
  rateTitle: 'Tasa de respuesta',
  openOf: (o, i) => `${num(o)} de ${count(i, { one: 'enlace enviado', other: 'enlaces enviados' })}`,
  answerOf: (a, o) => `${num(a)} de ${count(o, { one: 'abierto', other: 'abiertos' })}`,
  rateOf: (a, i) => `${num(a)} respondidos de ${count(i, { one: 'enlace enviado', other: 'enlaces enviados' })}`,
  stepsHeading: 'Enlaces por email, paso a paso',
};

const FR: RateWords = {
  funnelCaption: 'Liens e-mail : envoyés, ouverts par une personne, avec réponse',
  issued: 'Envoyés',
  opened: 'Ouverts par une personne',
  answered: 'Avec réponse',
  ofIssued: (p) => `${p} des envoyés`,
  ofOpened: (p) => `${p} des ouverts`,
  funnelTable: 'Tableau du parcours des liens e-mail',
  step: 'Étape',
  thisPeriod: 'Cette période',
  previousPeriod: 'Période précédente',
  sourcesTable: 'Tableau des réponses par origine',
  sources: 'Réponses par origine',
  source: 'Origine',
  widget: 'Widget',
  email: 'Lien e-mail',
  all: 'Toutes les réponses',
  nothing: 'aucune base de calcul',
  noneBefore: (what, p) => `Aucun lien ${what === 'issued' ? 'envoyé' : 'ouvert'} ${p} à comparer`,
  inPrev: (d) => (d === 1 ? 'le jour précédent' : `sur les ${num(d)} jours précédents`),
  defsHeading: 'Ce que signifient les chiffres',
  defs: [
    { term: 'Envoyés', text: 'Liens signés créés pour un ticket via l’API, comptés le jour de leur création. Les liens modèles ne sont comptés ni comme envoyés ni comme ouverts : ils sont construits à partir de l’ID du ticket, rien n’enregistre donc leur envoi (leurs réponses comptent dans Réponses par origine).' },
    { term: 'Ouverts par une personne', text: 'Ouvert : la page a reçu un toucher, un clic ou une touche ; les scanners d’e-mails qui ne font que charger la page ne comptent pas. Envoyer une réponse compte aussi comme ouvert. Une fois par lien, quel que soit le nombre d’ouvertures.' },
    { term: 'Avec réponse', text: 'Une personne a envoyé une réponse par le lien ; une fois par lien, quel que soit le nombre de modifications.' },
    { term: 'Périodes', text: 'Les liens comptent dans la période où ils ont été envoyés, même ouverts ou répondus plus tard : les jours les plus récents montent donc encore à mesure que les clients répondent.' },
    { term: 'Réponses par origine', text: 'Toutes les réponses données sur la période, dans le widget ou par un lien e-mail (signé ou modèle), le jour où elles ont été données.' },
  ],
  compared: (now, before) => `${now}, par rapport à ${before}`,
  noLinks: 'Les liens e-mail sont signés : aucun n’est compté tant que les filtres demandent des réponses du widget ou sans ticket vérifié.',
  openTitle: 'Ouverts par une personne',
  answerTitle: 'Avec réponse, parmi les ouverts',
  rateTitle: 'Taux de réponse',
  openOf: (o, i) => `${num(o)} sur ${count(i, { one: 'lien envoyé', other: 'liens envoyés' })}`,
  answerOf: (a, o) => `${num(a)} sur ${count(o, { one: 'ouvert', other: 'ouverts' })}`,
  rateOf: (a, i) => `${num(a)} avec réponse sur ${count(i, { one: 'lien envoyé', other: 'liens envoyés' })}`,
  stepsHeading: 'Liens e-mail, étape par étape',
};

const DE: RateWords = {
  funnelCaption: 'E-Mail-Links: versandt, von einer Person geöffnet, beantwortet',
  issued: 'Versandt',
  opened: 'Von einer Person geöffnet',
  answered: 'Beantwortet',
  ofIssued: (p) => `${p} der versandten`,
  ofOpened: (p) => `${p} der geöffneten`,
  funnelTable: 'Tabelle der E-Mail-Link-Schritte',
  step: 'Schritt',
  thisPeriod: 'Dieser Zeitraum',
  previousPeriod: 'Vorheriger Zeitraum',
  sourcesTable: 'Tabelle der Antworten nach Quelle',
  sources: 'Antworten nach Quelle',
  source: 'Quelle',
  widget: 'Widget',
  email: 'E-Mail-Link',
  all: 'Alle Antworten',
  nothing: 'keine Basis zum Teilen',
  noneBefore: (what, p) => `Keine Links ${what === 'issued' ? 'versandt' : 'geöffnet'} ${p} zum Vergleich`,
  inPrev: (d) => (d === 1 ? 'am Vortag' : `in den vorherigen ${num(d)} Tagen`),
  defsHeading: 'Was die Zahlen bedeuten',
  defs: [
    { term: 'Versandt', text: 'Signierte Links, die über die API für ein Ticket erstellt wurden, gezählt am Tag ihrer Erstellung. Vorlagen-Links zählen weder als versandt noch als geöffnet: Sie werden aus einer Ticket-ID gebildet, daher hält nichts fest, dass sie verschickt wurden (ihre Antworten zählen unter Antworten nach Quelle).' },
    { term: 'Von einer Person geöffnet', text: 'Geöffnet: Die Seite erhielt ein Tippen, einen Klick oder Tastendruck; E-Mail-Scanner, die die Seite nur laden, zählen nicht. Auch das Senden einer Antwort zählt als geöffnet. Einmal pro Link, wie oft er auch geöffnet wird.' },
    { term: 'Beantwortet', text: 'Eine Person hat über den Link geantwortet; einmal pro Link, wie oft sie die Antwort auch ändert.' },
    { term: 'Zeiträume', text: 'Links zählen im Zeitraum ihres Versands, auch wenn sie später geöffnet oder beantwortet werden; die jüngsten Tage steigen daher noch, während Kunden antworten.' },
    { term: 'Antworten nach Quelle', text: 'Jede Antwort des Zeitraums, im Widget oder über einen E-Mail-Link (signiert oder Vorlage), am Tag, an dem sie gegeben wurde.' },
  ],
  compared: (now, before) => `${now}, verglichen mit ${before}`,
  noLinks: 'E-Mail-Links sind signiert; daher wird keiner gezählt, solange die Filter Widget-Antworten oder Antworten ohne verifiziertes Ticket verlangen.',
  openTitle: 'Von einer Person geöffnet',
  answerTitle: 'Beantwortet, von den geöffneten',
  rateTitle: 'Antwortquote',
  openOf: (o, i) => `${num(o)} von ${count(i, { one: 'versandten Link', other: 'versandten Links' })}`,
  answerOf: (a, o) => `${num(a)} von ${num(o)} geöffneten`,
  rateOf: (a, i) => `${num(a)} beantwortet von ${count(i, { one: 'versandten Link', other: 'versandten Links' })}`,
  stepsHeading: 'E-Mail-Links, Schritt für Schritt',
};

const PT: RateWords = {
  funnelCaption: 'Links de email: enviados, abertos por uma pessoa, respondidos',
  issued: 'Enviados',
  opened: 'Abertos por uma pessoa',
  answered: 'Respondidos',
  ofIssued: (p) => `${p} dos enviados`,
  ofOpened: (p) => `${p} dos abertos`,
  funnelTable: 'Tabela do funil de links de email',
  step: 'Passo',
  thisPeriod: 'Este período',
  previousPeriod: 'Período anterior',
  sourcesTable: 'Tabela de respostas por origem',
  sources: 'Respostas por origem',
  source: 'Origem',
  widget: 'Widget',
  email: 'Link de email',
  all: 'Todas as respostas',
  nothing: 'sem base de cálculo',
  noneBefore: (what, p) => `Sem links ${what === 'issued' ? 'enviados' : 'abertos'} ${p} para comparar`,
  inPrev: (d) => (d === 1 ? 'no dia anterior' : `nos ${num(d)} dias anteriores`),
  defsHeading: 'O que significam os números',
  defs: [
    { term: 'Enviados', text: 'Links assinados criados para um ticket através da API, contados no dia em que foram criados. Os links de modelo não contam como enviados nem abertos: são construídos a partir do ID do ticket, por isso nada regista o seu envio (as respostas contam em Respostas por origem).' },
    { term: 'Abertos por uma pessoa', text: 'Aberto: a página recebeu um toque, clique ou tecla; os scanners de email que apenas carregam a página não contam. Enviar uma resposta também conta como aberto. Uma vez por link, por muitas vezes que seja aberto.' },
    { term: 'Respondidos', text: 'Uma pessoa enviou uma resposta pelo link; uma vez por link, por muitas vezes que a altere.' },
    { term: 'Períodos', text: 'Os links contam no período em que foram enviados, mesmo que abertos ou respondidos depois; por isso os dias mais recentes continuam a subir à medida que os clientes respondem.' },
    { term: 'Respostas por origem', text: 'Todas as respostas dadas no período, no widget ou por um link de email (assinado ou de modelo), no dia em que foram dadas.' },
  ],
  compared: (now, before) => `${now}, face a ${before}`,
  noLinks: 'Os links de email são assinados, por isso nenhum é contado enquanto os filtros pedirem respostas do widget ou sem ticket verificado.',
  openTitle: 'Abertos por uma pessoa',
  answerTitle: 'Respondidos, dos abertos',
  rateTitle: 'Taxa de resposta',
  openOf: (o, i) => `${num(o)} de ${count(i, { one: 'link enviado', other: 'links enviados' })}`,
  answerOf: (a, o) => `${num(a)} de ${count(o, { one: 'aberto', other: 'abertos' })}`,
  rateOf: (a, i) => `${num(a)} respondidos de ${count(i, { one: 'link enviado', other: 'links enviados' })}`,
  stepsHeading: 'Links de email, passo a passo',
};

const PL: RateWords = {
  funnelCaption: 'Linki e-mail: wysłane, otwarte przez osobę, z odpowiedzią',
  issued: 'Wysłane',
  opened: 'Otwarte przez osobę',
  answered: 'Z odpowiedzią',
  ofIssued: (p) => `${p} wysłanych`,
  ofOpened: (p) => `${p} otwartych`,
  funnelTable: 'Tabela lejka linków e-mail',
  step: 'Etap',
  thisPeriod: 'Ten okres',
  previousPeriod: 'Poprzedni okres',
  sourcesTable: 'Tabela odpowiedzi według źródła',
  sources: 'Odpowiedzi według źródła',
  source: 'Źródło',
  widget: 'Widżet',
  email: 'Link e-mail',
  all: 'Wszystkie odpowiedzi',
  nothing: 'brak podstawy do obliczenia',
  noneBefore: (what, p) => `Brak ${what === 'issued' ? 'wysłanych' : 'otwartych'} linków ${p} do porównania`,
  inPrev: (d) => (d === 1 ? 'w poprzednim dniu' : `w poprzednich ${num(d)} dniach`),
  defsHeading: 'Co oznaczają liczby',
  defs: [
    { term: 'Wysłane', text: 'Podpisane linki utworzone dla zgłoszenia przez API, liczone w dniu utworzenia. Linki z szablonu nie są liczone jako wysłane ani otwarte: powstają z ID zgłoszenia, więc nic nie rejestruje ich wysłania (ich odpowiedzi liczą się w Odpowiedziach według źródła).' },
    { term: 'Otwarte przez osobę', text: 'Otwarte: strona odebrała dotknięcie, kliknięcie lub naciśnięcie klawisza; skanery poczty, które tylko ładują stronę, nie są liczone. Wysłanie odpowiedzi też liczy się jako otwarcie. Raz na link, niezależnie od liczby otwarć.' },
    { term: 'Z odpowiedzią', text: 'Osoba wysłała odpowiedź przez link; raz na link, niezależnie od liczby zmian.' },
    { term: 'Okresy', text: 'Linki liczą się w okresie wysłania, nawet jeśli otwarto je lub odpowiedziano później, więc najnowsze dni jeszcze rosną, gdy klienci odpowiadają.' },
    { term: 'Odpowiedzi według źródła', text: 'Każda odpowiedź z okresu, w widżecie lub przez link e-mail (podpisany lub z szablonu), w dniu jej udzielenia.' },
  ],
  compared: (now, before) => `${now}, w porównaniu z ${before}`,
  noLinks: 'Linki e-mail są podpisane, więc żaden nie jest liczony, gdy filtry wybierają odpowiedzi z widżetu lub bez zweryfikowanego zgłoszenia.',
  openTitle: 'Otwarte przez osobę',
  answerTitle: 'Z odpowiedzią, spośród otwartych',
  rateTitle: 'Wskaźnik odpowiedzi',
  openOf: (o, i) => `${num(o)} z ${num(i)} wysłanych`,
  answerOf: (a, o) => `${num(a)} z ${num(o)} otwartych`,
  rateOf: (a, i) => `${num(a)} z odpowiedzią z ${num(i)} wysłanych`,
  stepsHeading: 'Linki e-mail krok po kroku',
};

const NL: RateWords = {
  funnelCaption: 'E-maillinks: verstuurd, geopend door een persoon, beantwoord',
  issued: 'Verstuurd',
  opened: 'Geopend door een persoon',
  answered: 'Beantwoord',
  ofIssued: (p) => `${p} van verstuurd`,
  ofOpened: (p) => `${p} van geopend`,
  funnelTable: 'Tabel van de e-maillinktrechter',
  step: 'Stap',
  thisPeriod: 'Deze periode',
  previousPeriod: 'Vorige periode',
  sourcesTable: 'Tabel van antwoorden per bron',
  sources: 'Antwoorden per bron',
  source: 'Bron',
  widget: 'Widget',
  email: 'E-maillink',
  all: 'Alle antwoorden',
  nothing: 'niets om door te delen',
  noneBefore: (what, p) => `Geen links ${what === 'issued' ? 'verstuurd' : 'geopend'} ${p} om mee te vergelijken`,
  inPrev: (d) => (d === 1 ? 'op de vorige dag' : `in de vorige ${num(d)} dagen`),
  defsHeading: 'Wat de cijfers betekenen',
  defs: [
    { term: 'Verstuurd', text: 'Ondertekende links die via de API voor een ticket zijn gemaakt, geteld op de dag dat ze zijn gemaakt. Sjabloonlinks tellen niet als verstuurd of geopend: ze worden gebouwd uit een ticket-ID, dus niets legt vast dat ze zijn verstuurd (hun antwoorden tellen mee onder Antwoorden per bron).' },
    { term: 'Geopend door een persoon', text: 'Geopend: de pagina kreeg een tik, klik of toetsaanslag; e-mailscanners die de pagina alleen laden, tellen niet. Een antwoord versturen telt ook als geopend. Eén keer per link, hoe vaak hij ook wordt geopend.' },
    { term: 'Beantwoord', text: 'Iemand heeft via de link geantwoord; één keer per link, hoe vaak het antwoord ook wordt gewijzigd.' },
    { term: 'Periodes', text: 'Links tellen in de periode waarin ze zijn verstuurd, ook als ze later worden geopend of beantwoord; de meest recente dagen stijgen dus nog terwijl klanten reageren.' },
    { term: 'Antwoorden per bron', text: 'Elk antwoord in de periode, in de widget of via een e-maillink (ondertekend of sjabloon), op de dag dat het werd gegeven.' },
  ],
  compared: (now, before) => `${now}, vergeleken met ${before}`,
  noLinks: 'E-maillinks zijn ondertekend, dus er wordt er geen geteld zolang de filters om widgetantwoorden of antwoorden zonder geverifieerd ticket vragen.',
  openTitle: 'Geopend door een persoon',
  answerTitle: 'Beantwoord, van geopend',
  rateTitle: 'Responspercentage',
  openOf: (o, i) => `${num(o)} van ${count(i, { one: 'verstuurde link', other: 'verstuurde links' })}`,
  answerOf: (a, o) => `${num(a)} van ${num(o)} geopend`,
  rateOf: (a, i) => `${num(a)} beantwoord van ${count(i, { one: 'verstuurde link', other: 'verstuurde links' })}`,
  stepsHeading: 'E-maillinks, stap voor stap',
};

export const RATE_TEXT = { en: EN, it: IT, es: ES, fr: FR, de: DE, pt: PT, pl: PL, nl: NL } satisfies Text<RateWords>;
