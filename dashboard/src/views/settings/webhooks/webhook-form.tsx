// Settings → Webhooks: the form that adds a webhook or changes one: the URL, the format, the events
// (checkboxes, each with what it means), an optional filter from the site's surveys, agents and
// channels, and a description. The server's field issues (e.g. an http:// URL in production) are
// shown at their fields.
import { useState } from 'preact/hooks';
import type { SiteInfo, WebhookEndpoint, WebhookEventName } from '../../../../../shared/api';
import { api, ApiError, enc } from '../../../lib/api';
import { focusSoon, formErrors, SelectField } from '../../../components/field';
import { ActionStatus, useAction } from '../../../lib/use-action';
import { eventInfo, EVENTS, formatInfo, FORMATS } from './webhook-text';
import { tr } from '../../../lib/i18n';
import { T } from './webhook-form.text';

/** The form's fields by the API's issue path, and the element each error belongs to (`p`: the form's id prefix). */
const fieldIds = (p: string): Record<string, string> => ({
  url: `${p}-url`,
  format: `${p}-format`,
  events: `${p}-ev-${EVENTS[0]}`,
  'filter.survey': `${p}-survey`,
  'filter.agent': `${p}-agent`,
  'filter.channel': `${p}-channel`,
  description: `${p}-desc`,
});

/** The IDs of an input's hint and error, for aria-describedby. */
const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function ErrorLine({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} class="field-error">
      {text}
    </p>
  ) : null;
}

/** A new webhook (`editing` absent), or the changes to one. */
export function WebhookForm({
  site,
  editing,
  saved,
  cancel,
}: {
  site: SiteInfo;
  editing?: WebhookEndpoint;
  saved(endpoint: WebhookEndpoint): void;
  cancel?(): void;
}) {
  const t = tr(T);
  const p = editing ? `whe-${editing.id}` : 'wh';
  const FIELD_IDS = fieldIds(p);
  const action = useAction();
  const [url, setUrl] = useState(editing?.url ?? '');
  const [format, setFormat] = useState<WebhookEndpoint['format']>(editing?.format ?? 'standard');
  const [events, setEvents] = useState<WebhookEventName[]>(editing?.events ?? ['response.negative']);
  const [filter, setFilter] = useState({ survey: '', agent: '', channel: '', ...editing?.filter });
  const [description, setDescription] = useState(editing?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const toggle = (ev: WebhookEventName, on: boolean) =>
    setEvents((old) => EVENTS.filter((x) => (x === ev ? on : old.includes(x))));

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    const first = Object.keys(FIELD_IDS).find((k) => found[k]);
    if (first) focusSoon(FIELD_IDS[first]!);
  };

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!url.trim()) found.url = t.needUrl;
    if (!events.length) found.events = t.needEvent;
    showErrors(found);
    if (Object.keys(found).length) return action.fail(t.correct);
    const only = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
    const body = editing
      ? { url: url.trim(), format, events, filter: only, description: description.trim() || null }
      : { url: url.trim(), format, events, filter: only, ...(description.trim() && { description: description.trim() }) };
    const ok = await action.run(async () => {
      try {
        const endpoint = editing
          ? await api<WebhookEndpoint>(`/sites/${enc(site.id)}/webhooks/${enc(editing.id)}`, { method: 'PATCH', body })
          : await api<WebhookEndpoint>(`/sites/${enc(site.id)}/webhooks`, { method: 'POST', body });
        saved(endpoint);
        return editing ? t.saved(endpoint.url) : t.added(endpoint.url);
      } catch (err) {
        const { summary, fields } = formErrors(err);
        showErrors(fields);
        // Issues shown at a field are not listed again under the form.
        if (err instanceof ApiError && Object.keys(fields).some((k) => FIELD_IDS[k])) {
          const rest = err.issues.filter((i) => !i.path || !FIELD_IDS[i.path]);
          throw new ApiError(err.status, err.code, summary, summary, rest);
        }
        throw err;
      }
    });
    if (ok && !editing) {
      setUrl('');
      setFormat('standard');
      setEvents(['response.negative']);
      setFilter({ survey: '', agent: '', channel: '' });
      setDescription('');
    }
  };

  const pick = (key: 'survey' | 'agent' | 'channel', label: string, any: string, options: string[]) => (
    <SelectField
      id={`${p}-${key}`}
      label={label}
      value={filter[key]}
      choices={[{ value: '', label: any }, ...options]}
      error={errors[`filter.${key}`]}
      onChange={(value) => setFilter({ ...filter, [key]: value })}
    />
  );

  return (
    <form class="stack-form webhook-form" onSubmit={add} noValidate aria-labelledby={`${p}-h`}>
      <h3 id={`${p}-h`}>{editing ? t.change(editing.description ?? editing.url) : t.add}</h3>
      <div class="field">
        <label for={`${p}-url`}>{t.url}</label>
        <input
          id={`${p}-url`}
          type="url"
          class="mono"
          required
          maxLength={2000}
          autoComplete="off"
          spellcheck={false}
          placeholder="https://hooks.example.com/voce"
          aria-invalid={errors.url ? 'true' : undefined}
          aria-describedby={described(`${p}-url-hint`, errors.url && `${p}-url-error`)}
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <p id={`${p}-url-hint`} class="hint">
          {t.urlHint}
        </p>
        <ErrorLine id={`${p}-url-error`} text={errors.url} />
      </div>
      <SelectField
        id={`${p}-format`}
        label={t.format}
        value={format}
        choices={FORMATS.map((f) => ({ value: f, label: formatInfo()[f].label }))}
        hint={formatInfo()[format].about}
        error={errors.format}
        onChange={(value) => setFormat(value as WebhookEndpoint['format'])}
      />
      <fieldset class="choices" aria-describedby={described(errors.events && `${p}-events-error`)}>
        <legend>{t.events}</legend>
        {EVENTS.map((ev) => (
          <div class="choice" key={ev}>
            <label class="check">
              <input
                id={`${p}-ev-${ev}`}
                type="checkbox"
                checked={events.includes(ev)}
                aria-describedby={`${p}-ev-${ev}-about`}
                aria-invalid={errors.events ? 'true' : undefined}
                onChange={(e) => toggle(ev, e.currentTarget.checked)}
              />
              {eventInfo()[ev].label}
            </label>
            <p id={`${p}-ev-${ev}-about`} class="hint">
              {eventInfo()[ev].about} <code>{ev}</code>
            </p>
          </div>
        ))}
        <ErrorLine id={`${p}-events-error`} text={errors.events} />
      </fieldset>
      <fieldset class="choices filter-picks">
        <legend>{t.only}</legend>
        <p class="hint">{t.onlyHint}</p>
        <div class="filter-row">
          {pick('survey', t.survey, t.anySurvey, site.surveys)}
          {pick('agent', t.agent, t.anyAgent, site.agents)}
          {pick('channel', t.channel, t.anyChannel, site.channels)}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${p}-desc`}>{t.description}</label>
        <input
          id={`${p}-desc`}
          maxLength={120}
          autoComplete="off"
          placeholder={t.descriptionExample}
          aria-invalid={errors.description ? 'true' : undefined}
          aria-describedby={described(errors.description && `${p}-desc-error`)}
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
        <ErrorLine id={`${p}-desc-error`} text={errors.description} />
      </div>
      <div class="form-end">
        <button type="submit">{editing ? t.save : t.add}</button>
        {cancel && (
          <button type="button" class="secondary" onClick={cancel}>
            {t.cancel}
          </button>
        )}
      </div>
      <ActionStatus action={action} />
    </form>
  );
}
