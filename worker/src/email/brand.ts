// A site's colour on the email landing page: the accent of its buttons and chosen answers, with text
// on it in black or white, whichever reads better, and focus rings that stay visible on the card.
// The page's CSP has no 'unsafe-inline': the one <style> is allowed by its hash.

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The page's light and dark card colours (survey-page.css). */
const CARD = { light: '#ffffff', dark: '#1d2230' };
const TEXT = { light: '#1b1f29', dark: '#eef1f7' };

/** CSS custom properties for a brand colour, or '' for the shipped palette. */
export function brandCss(color: string | undefined): string {
  if (!color) return '';
  const on = contrast(color, '#ffffff') >= contrast(color, '#111111') ? '#fff' : '#111';
  // Rings and borders need 3:1 against the card; a pale colour falls back to the text colour.
  const ring = contrast(color, CARD.light) >= 3 ? color : TEXT.light;
  const light = `@media (prefers-color-scheme: light){:root{--b:${color};--on:${on};--ring:${ring}}}`;
  // In dark mode the colour is used only where it stands out from the dark card.
  const dark = contrast(color, CARD.dark) >= 3 ? `@media (prefers-color-scheme: dark){:root{--b:${color};--on:${on};--ring:${color}}}` : '';
  return light + dark;
}

/** The CSP source that allows exactly this style element's text. */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
