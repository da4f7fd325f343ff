// Wording of Settings → Webhooks (webhooks.tsx): the section, its signing-secret notice; each endpoint's
// words are in webhook-endpoint.text.ts.
import type { Text } from '../../../lib/i18n';

const en = {
  title: 'Webhooks',
  about:
    'Voce posts events here as they happen, e.g. an unhappy customer to a Slack channel. A failed send is tried again for a day, then shown as failed in Deliveries, where it can be sent again.',
  secretFor: (name: string) => `Signing secret for ${name}`,
  secret: 'signing secret',
  once: 'This secret is shown only once.',
  once1: 'Copy it now into the receiver that checks the',
  once2: ' header; Voce will not show it again.',
  oldSecret: 'The old secret no longer signs anything.',
  none: 'No webhooks yet.',
  list: 'Webhook endpoints',
};

export const T: Text<typeof en> = {
  en,
  it: {
    title: 'Webhook',
    about:
      'Voce invia qui gli eventi appena accadono, per esempio un cliente insoddisfatto a un canale Slack. Un invio non riuscito viene ritentato per un giorno, poi compare come non riuscito in Consegne, da dove si può inviare di nuovo.',
    secretFor: (name) => `Segreto di firma per ${name}`,
    secret: 'segreto di firma',
    once: 'Questo segreto viene mostrato una sola volta.',
    once1: 'Copialo ora nel sistema ricevente che controlla l’intestazione',
    once2: '; Voce non lo mostrerà più.',
    oldSecret: 'Il vecchio segreto non firma più nulla.',
    none: 'Ancora nessun webhook.',
    list: 'Endpoint dei webhook',
  },
  es: {
    title: 'Webhooks',
    about:
      'Voce publica aquí los eventos en cuanto ocurren, p. ej. un cliente insatisfecho en un canal de Slack. Un envío fallido se reintenta durante un día y luego aparece como fallido en Entregas, desde donde se puede volver a enviar.',
    secretFor: (name) => `Secreto de firma para ${name}`,
    secret: 'secreto de firma',
    once: 'Este secreto se muestra una sola vez.',
    once1: 'Cópialo ahora en el receptor que comprueba la cabecera',
    once2: '; Voce no volverá a mostrarlo.',
    oldSecret: 'El secreto anterior ya no firma nada.',
    none: 'Todavía no hay webhooks.',
    list: 'Endpoints de webhook',
  },
  fr: {
    title: 'Webhooks',
    about:
      'Voce publique ici les événements dès qu’ils se produisent, par exemple un client mécontent dans un canal Slack. Un envoi échoué est retenté pendant un jour, puis affiché en échec dans Livraisons, d’où il peut être renvoyé.',
    secretFor: (name) => `Secret de signature pour ${name}`,
    secret: 'secret de signature',
    once: 'Ce secret n’est affiché qu’une seule fois.',
    once1: 'Copiez-le maintenant dans le destinataire qui vérifie l’en-tête',
    once2: ' ; Voce ne l’affichera plus.',
    oldSecret: 'L’ancien secret ne signe plus rien.',
    none: 'Aucun webhook pour l’instant.',
    list: 'Points de terminaison des webhooks',
  },
  de: {
    title: 'Webhooks',
    about:
      'Voce sendet Ereignisse hierher, sobald sie eintreten, z. B. einen unzufriedenen Kunden an einen Slack-Kanal. Ein fehlgeschlagener Versand wird einen Tag lang wiederholt und dann unter Zustellungen als fehlgeschlagen angezeigt, wo er erneut gesendet werden kann.',
    secretFor: (name) => `Signaturgeheimnis für ${name}`,
    secret: 'Signaturgeheimnis',
    once: 'Dieses Geheimnis wird nur einmal angezeigt.',
    once1: 'Kopieren Sie es jetzt in den Empfänger, der den Header',
    once2: ' prüft; Voce zeigt es nicht noch einmal an.',
    oldSecret: 'Das alte Geheimnis signiert nichts mehr.',
    none: 'Noch keine Webhooks.',
    list: 'Webhook-Endpunkte',
  },
  pt: {
    title: 'Webhooks',
    about:
      'O Voce envia para aqui os eventos assim que acontecem, por exemplo um cliente insatisfeito para um canal do Slack. Um envio falhado é repetido durante um dia e depois aparece como falhado em Entregas, de onde pode ser reenviado.',
    secretFor: (name) => `Segredo de assinatura para ${name}`,
    secret: 'segredo de assinatura',
    once: 'Este segredo só é mostrado uma vez.',
    once1: 'Copie-o agora para o recetor que verifica o cabeçalho',
    once2: '; o Voce não o voltará a mostrar.',
    oldSecret: 'O segredo antigo já não assina nada.',
    none: 'Ainda não há webhooks.',
    list: 'Endpoints de webhook',
  },
  pl: {
    title: 'Webhooki',
    about:
      'Voce wysyła tu zdarzenia na bieżąco, np. niezadowolonego klienta na kanał Slacka. Nieudana wysyłka jest ponawiana przez dobę, a potem widnieje jako nieudana w Dostarczeniach, skąd można ją wysłać ponownie.',
    secretFor: (name) => `Sekret podpisu dla ${name}`,
    secret: 'sekret podpisu',
    once: 'Ten sekret jest pokazywany tylko raz.',
    once1: 'Skopiuj go teraz do odbiorcy, który sprawdza nagłówek',
    once2: '; Voce nie pokaże go ponownie.',
    oldSecret: 'Stary sekret niczego już nie podpisuje.',
    none: 'Nie ma jeszcze webhooków.',
    list: 'Punkty końcowe webhooków',
  },
  nl: {
    title: 'Webhooks',
    about:
      'Voce stuurt gebeurtenissen hierheen zodra ze plaatsvinden, bijvoorbeeld een ontevreden klant naar een Slack-kanaal. Een mislukte verzending wordt een dag lang opnieuw geprobeerd en staat daarna als mislukt bij Bezorgingen, waar je hem opnieuw kunt versturen.',
    secretFor: (name) => `Ondertekeningsgeheim voor ${name}`,
    secret: 'ondertekeningsgeheim',
    once: 'Dit geheim wordt maar één keer getoond.',
    once1: 'Kopieer het nu naar de ontvanger die de header',
    once2: ' controleert; Voce toont het niet nog eens.',
    oldSecret: 'Het oude geheim ondertekent niets meer.',
    none: 'Nog geen webhooks.',
    list: 'Webhook-endpoints',
  },
};
