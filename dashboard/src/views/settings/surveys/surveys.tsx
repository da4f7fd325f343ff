// Settings: the site's surveys: pick one (or "New survey…") and change its questions, order,
// follow-ups, aspects, default language and wording in the form below.
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../../../shared/api';
import type { SurveyDefinition } from '../../../../../shared/schemas/survey';
import { enc } from '../../../lib/api';
import { SelectField } from '../../../components/field';
import { NAMES } from './survey-questions';
import { SurveyForm } from './survey-form';
import { useApi } from '../../../lib/use-api';
import { ErrorNote, Loading } from '../../../components/ui';
import { tr } from '../../../lib/i18n';
import { T } from './surveys.text';

/** The picker's value for a new survey: never a survey ID (those start with a letter or digit). */
const NEW = '_new';

interface Survey {
  id: string;
  definition: SurveyDefinition;
}

export function SettingsSurveys({ site, reloadSites }: { site: SiteInfo; reloadSites(): void }) {
  const t = tr(T);
  const res = useApi<{ surveys: Survey[] }>(`/sites/${enc(site.id)}/surveys`);
  const [pick, setPick] = useState<string | null>(null);
  // A new form for each choice in the picker; saving a new survey keeps the form (and its status).
  const [round, setRound] = useState(0);
  const list = res.data?.surveys ?? [];
  const ids = list.map((s) => s.id);
  const current =
    pick ?? (ids.includes(site.defaultSurvey) ? site.defaultSurvey : (ids[0] ?? (res.data ? NEW : null)));
  const survey = list.find((s) => s.id === current);
  // A survey just created is in the picker before the list is fetched again.
  const options = pick && pick !== NEW && !ids.includes(pick) ? [...ids, pick] : ids;

  const choose = (value: string) => {
    setPick(value);
    setRound((r) => r + 1);
  };
  const saved = (id: string) => {
    res.reload();
    if (!ids.includes(id)) {
      setPick(id);
      reloadSites();
    }
  };

  return (
    <section class="panel" aria-labelledby="surveys-h">
      <h2 id="surveys-h">{t.title}</h2>
      <p class="muted">
        {t.about1} <code>data-survey</code>
        {t.about2}{' '}
        <code>{site.defaultSurvey}</code>.
      </p>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && (
        <>
          {list.length > 0 && (
            <ul class="plain-list survey-list" aria-label={t.list}>
              {list.map((s) => (
                <li key={s.id}>
                  <span>
                    <code>{s.id}</code>
                    {s.id === site.defaultSurvey && <span class="badge">{t.default}</span>}
                  </span>
                  <span class="muted">
                    {s.definition.questions.map((q) => NAMES[q.kind]).join(' → ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <SelectField
            id="sv-pick"
            class="survey-pick"
            label={t.pick}
            value={current ?? NEW}
            choices={[...options, { value: NEW, label: t.newSurvey }]}
            onChange={choose}
          />
          {current !== null && (
            <SurveyForm
              key={`${round}`}
              site={site.id}
              id={current === NEW ? null : current}
              definition={survey?.definition}
              existing={ids}
              onSaved={saved}
            />
          )}
        </>
      )}
    </section>
  );
}
