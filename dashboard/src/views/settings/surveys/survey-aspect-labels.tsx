// The labels of a survey's custom CES aspects: per aspect a group with one field per shipped language.
// Missing ones (the shared check, once the user tried to save) and the server's issues show at the fields.
import { SHIPPED_LANGS, type MissingLabels } from '../../../../../shared/i18n/aspects';
import { langName, type LabelIssues, type Labels } from './survey-draft';
import { tr } from '../../../lib/i18n';
import { T } from './survey-aspect-labels.text';

interface Props {
  /** The custom aspects, in the order listed. */
  keys: string[];
  labels: Labels;
  setLabel(key: string, lang: string, value: string): void;
  /** What the shared check finds missing, with its message; shown once the user tried to save. */
  missing: (MissingLabels & { message: string })[];
  /** The server's issues from the last refused save. */
  server: LabelIssues;
}

export function AspectLabels({ keys, labels, setLabel, missing, server }: Props) {
  const t = tr(T);
  return (
    <>
      {keys.map((key) => {
        const base = `al-${key}`;
        const miss = missing.find((m) => m.key === key);
        const groupError = miss?.message ?? server.aspects[key] ?? '';
        return (
          <fieldset key={key} class="aspect-labels" aria-describedby={`${base}-hint`}>
            <legend>{t.legend(key)}</legend>
            <p id={`${base}-hint`} class="hint">
              {t.hint1} <code>{key}</code>
              {t.hint2(SHIPPED_LANGS.length)}
            </p>
            {groupError && (
              <p id={`${base}-error`} class="field-error">
                {groupError}
              </p>
            )}
            <div class="aspect-langs">
              {SHIPPED_LANGS.map((lang) => {
                const id = `${base}-${lang}`;
                const own = server.fields[key]?.[lang] ?? '';
                const lacks = !!miss?.langs.includes(lang);
                const described = [lacks ? `${base}-error` : '', own ? `${id}-error` : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <div key={lang} class="field">
                    <label for={id}>{langName(lang)}</label>
                    <input
                      id={id}
                      lang={lang}
                      autoComplete="off"
                      aria-required="true"
                      aria-invalid={lacks || own ? 'true' : undefined}
                      aria-describedby={described || undefined}
                      value={labels[key]?.[lang] ?? ''}
                      onInput={(e) => setLabel(key, lang, e.currentTarget.value)}
                    />
                    {own ? (
                      <p id={`${id}-error`} class="field-error">
                        {own}
                      </p>
                    ) : (
                      // Not only the border's colour says which are missing; the group's message
                      // (linked above) already says it to assistive technology.
                      lacks && (
                        <p class="field-error" aria-hidden="true">
                          {t.missing}
                        </p>
                      )
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
