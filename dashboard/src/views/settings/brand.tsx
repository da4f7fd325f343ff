// Settings: how the email landing page (/s/<token>) introduces the company — the site's name, an
// optional colour for its buttons and chosen answers, and an optional logo (PNG, JPEG or WebP, at most
// 64 KB, served from this origin). On an unfamiliar domain these say the page is really theirs.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { formErrors } from '../../components/field';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './brand.text';

const LOGO_MAX = 65536;

interface Props {
  site: string;
  name: string;
  color: string | null;
  logo: string | null;
  /** After a save: the settings, and the site list that carries the name to every view. */
  reload(): void;
}

export function SettingsBrand({ site, name, color, logo, reload }: Props) {
  const t = tr(T);
  const action = useAction();
  const logoAction = useAction();
  const [label, setLabel] = useState(name);
  const [hex, setHex] = useState(color ?? '');
  const [error, setError] = useState<{ name?: string; color?: string }>({});

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const brandColor = hex.trim();
    if (brandColor && !/^#[0-9a-fA-F]{6}$/.test(brandColor)) {
      setError({ color: t.badColour });
      return action.fail(t.correctColour);
    }
    setError({});
    const ok = await action.run(async () => {
      try {
        await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body: { name: label.trim(), brandColor } });
      } catch (err) {
        const f = formErrors(err).fields;
        setError({ name: f.name, color: f.brandColor });
        throw err;
      }
      return t.saved;
    });
    if (ok) reload();
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.type) || file.size > LOGO_MAX) {
      return logoAction.fail(t.badLogo);
    }
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    if (await logoAction.run(async () => (await api(`/sites/${enc(site)}/logo`, { method: 'PUT', body: { logo: dataUrl } }), t.logoSaved))) reload();
  };

  const remove = async () => {
    if (await logoAction.run(async () => (await api(`/sites/${enc(site)}/logo`, { method: 'DELETE' }), t.logoRemoved))) reload();
  };

  return (
    <section class="panel" aria-labelledby="brand-h">
      <h2 id="brand-h">{t.title}</h2>
      <p class="muted">
        {t.about}
      </p>
      <form class="stack-form" onSubmit={save} noValidate>
        <div class="field">
          <label for="b-name">{t.company}</label>
          <input
            id="b-name"
            maxLength={120}
            required
            aria-invalid={error.name ? 'true' : undefined}
            aria-describedby={error.name ? 'b-name-error' : undefined}
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
          {error.name && (
            <p id="b-name-error" class="field-error">
              {error.name}
            </p>
          )}
        </div>
        <div class="field">
          <label for="b-color">{t.colour}</label>
          <div class="brand-colour">
            <input
              id="b-color"
              class="mono"
              maxLength={7}
              placeholder="#2455c3"
              aria-invalid={error.color ? 'true' : undefined}
              aria-describedby={`b-color-hint${error.color ? ' b-color-error' : ''}`}
              value={hex}
              onInput={(e) => setHex(e.currentTarget.value)}
            />
            <input
              type="color"
              aria-label={t.pick}
              value={/^#[0-9a-fA-F]{6}$/.test(hex) ? hex : '#2455c3'}
              onInput={(e) => setHex(e.currentTarget.value)}
            />
          </div>
          <p id="b-color-hint" class="hint">
            {t.colourHint}
          </p>
          {error.color && (
            <p id="b-color-error" class="field-error">
              {error.color}
            </p>
          )}
        </div>
        <button type="submit">{t.save}</button>
      </form>
      <ActionStatus action={action} />
      <div class="field">
        <label for="b-logo">{t.logo}</label>
        {logo && <img class="brand-logo" src={logo} alt={t.currentLogo} height={32} />}
        <input
          id="b-logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby="b-logo-hint"
          onChange={(e) => upload(e.currentTarget.files?.[0])}
        />
        <p id="b-logo-hint" class="hint">
          {t.logoHint}
        </p>
        {logo && (
          <button type="button" class="secondary brand-remove" onClick={remove}>
            {t.removeLogo}
          </button>
        )}
      </div>
      <ActionStatus action={logoAction} />
    </section>
  );
}
