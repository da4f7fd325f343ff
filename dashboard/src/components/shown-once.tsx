// A secret the server sends only once (a new API key, a webhook signing secret): focused when it
// appears, in a read-only field with a copy button, and an announced "copied" or "copy it by hand".
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr, type Text } from '../lib/i18n';

const T = {
  en: {
    copied: (what: string) => `${what[0]!.toUpperCase()}${what.slice(1)} copied to the clipboard.`,
    failed: (what: string) => `Could not copy; select the ${what} and copy it by hand.`,
    label: (what: string) => `New ${what}`,
    copy: (what: string) => `Copy ${what.split(' ').at(-1)}`,
    done: 'I have copied it',
  },
  it: {
    copied: () => 'Copiato negli appunti.',
    failed: () => 'Impossibile copiare: selezionalo e copialo a mano.',
    label: (what: string) => `Nuovo valore: ${what}`,
    copy: () => 'Copia',
    done: 'L’ho copiato',
  },
  es: {
    copied: () => 'Copiado al portapapeles.',
    failed: () => 'No se pudo copiar: selecciónalo y cópialo a mano.',
    label: (what: string) => `Nuevo valor: ${what}`,
    copy: () => 'Copiar',
    done: 'Ya lo he copiado',
  },
  fr: {
    copied: () => 'Copié dans le presse-papiers.',
    failed: () => 'Copie impossible : sélectionnez-le et copiez-le à la main.',
    label: (what: string) => `Nouvelle valeur : ${what}`,
    copy: () => 'Copier',
    done: 'Je l’ai copié',
  },
  de: {
    copied: () => 'In die Zwischenablage kopiert.',
    failed: () => 'Kopieren nicht möglich: Bitte markieren und von Hand kopieren.',
    label: (what: string) => `Neuer Wert: ${what}`,
    copy: () => 'Kopieren',
    done: 'Ich habe es kopiert',
  },
  pt: {
    copied: () => 'Copiado para a área de transferência.',
    failed: () => 'Não foi possível copiar: selecione-o e copie-o à mão.',
    label: (what: string) => `Novo valor: ${what}`,
    copy: () => 'Copiar',
    done: 'Já copiei',
  },
  pl: {
    copied: () => 'Skopiowano do schowka.',
    failed: () => 'Nie udało się skopiować: zaznacz i skopiuj ręcznie.',
    label: (what: string) => `Nowa wartość: ${what}`,
    copy: () => 'Kopiuj',
    done: 'Skopiowałem',
  },
  nl: {
    copied: () => 'Gekopieerd naar het klembord.',
    failed: () => 'Kopiëren lukte niet: selecteer het en kopieer het met de hand.',
    label: (what: string) => `Nieuwe waarde: ${what}`,
    copy: () => 'Kopiëren',
    done: 'Ik heb het gekopieerd',
  },
} satisfies Text<{ copied(what: string): string; failed(what: string): string; label(what: string): string; copy(what: string): string; done: string }>;

export interface ShownOnceProps {
  /** Prefix of the element IDs (two boxes never share one). */
  id: string;
  title: string;
  /** What it is, for the field's label and the copy button ("API key", "signing secret"). */
  what: string;
  value: string;
  /** Why it is shown only once and what to do with it. */
  children: ComponentChildren;
  done(): void;
}

export function ShownOnce({ id, title, what, value, children, done }: ShownOnceProps) {
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState('');
  const t = tr(T);
  useEffect(() => box.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t.copied(what));
    } catch {
      setCopied(t.failed(what));
    }
  };
  return (
    <div class="new-key" ref={box} tabIndex={-1} role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      {children}
      <label for={`${id}-value`} class="sr-only">
        {t.label(what)}
      </label>
      <input
        id={`${id}-value`}
        class="mono key-value"
        readOnly
        value={value}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div class="form-end">
        <button type="button" onClick={copy}>
          {t.copy(what)}
        </button>
        <button type="button" class="secondary" onClick={done}>
          {t.done}
        </button>
        <span role="status" class="muted">
          {copied}
        </span>
      </div>
    </div>
  );
}
