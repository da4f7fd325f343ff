// Wording of Settings → Email page (brand.tsx): the name, colour and logo of the email landing page.
import type { Text } from '../../lib/i18n';

const en = {
  badColour: 'Use a colour such as #2455c3, or leave it empty for the standard blue.',
  correctColour: 'Please correct the colour.',
  saved: 'Saved: the email page shows this name and colour.',
  badLogo: 'Choose a PNG, JPEG or WebP image of at most 64 KB.',
  logoSaved: 'Logo saved.',
  logoRemoved: 'Logo removed.',
  title: 'Email page',
  about:
    'The page a survey link in an email opens shows this name (and logo) at the top, so customers know who is asking.',
  company: 'Company name',
  colour: 'Colour',
  pick: 'Pick the colour',
  colourHint:
    'For the buttons and the chosen answers. Text on it is black or white, whichever reads better. Empty: the standard blue.',
  save: 'Save name and colour',
  logo: 'Logo',
  currentLogo: 'The current logo',
  logoHint: 'PNG, JPEG or WebP, at most 64 KB; shown 28 px high.',
  removeLogo: 'Remove the logo',
};

export const T: Text<typeof en> = {
  en,
  it: {
    badColour: 'Usa un colore come #2455c3, oppure lascia vuoto per il blu standard.',
    correctColour: 'Correggi il colore.',
    saved: 'Salvato: la pagina email mostra questo nome e questo colore.',
    badLogo: 'Scegli un’immagine PNG, JPEG o WebP di 64 KB al massimo.',
    logoSaved: 'Logo salvato.',
    logoRemoved: 'Logo rimosso.',
    title: 'Pagina email',
    about:
      'La pagina che si apre da un link al sondaggio in un’email mostra in alto questo nome (e il logo), così i clienti sanno chi sta chiedendo.',
    company: 'Nome dell’azienda',
    colour: 'Colore',
    pick: 'Scegli il colore',
    colourHint:
      'Per i pulsanti e le risposte scelte. Il testo sopra è nero o bianco, quello che si legge meglio. Vuoto: il blu standard.',
    save: 'Salva nome e colore',
    logo: 'Logo',
    currentLogo: 'Il logo attuale',
    logoHint: 'PNG, JPEG o WebP, al massimo 64 KB; mostrato alto 28 px.',
    removeLogo: 'Rimuovi il logo',
  },
};
