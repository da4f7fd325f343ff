// Date range (presets or two date fields) and filters (survey, agent, channel, language, source,
// verified tickets), written to the address so the view can be shared; plus the CSV export of exactly
// this selection, in the separator and decimal mark of the person's spreadsheet (lib/csv-format).
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../shared/api';
import { enc, query } from '../lib/api';
import { SelectField } from './field';
import { RecountingNote } from './recounting';
import { matchPreset, PRESETS, presetRange, rangeOf, type Preset } from '../lib/dates';
import { filterParams, FILTER_KEYS, hasFilters, type FilterKey } from '../lib/filters';
import { navigate, withParams } from '../lib/route';
import { tr } from '../lib/i18n';
import { csvFormat, csvParams, setCsvFormat, type CsvFormat } from '../lib/csv-format';
import { FILTER_TEXT as T, type FilterWords as Words } from './filter-bar.text';
import { agentName } from '../lib/agents';

function optionsFor(site: SiteInfo, key: FilterKey, t: Words): { value: string; label: string }[] {
  const plain = (list: string[]) => list.map((v) => ({ value: v, label: v }));
  switch (key) {
    case 'survey':
      return plain(site.surveys);
    case 'agent':
      return site.agents.map((v) => ({ value: v, label: agentName(site, v) }));
    case 'channel':
      return plain(site.channels);
    case 'lang':
      return plain(site.languages);
    case 'source':
      return [
        { value: 'widget', label: t.widget },
        { value: 'email', label: t.email },
      ];
    case 'verified':
      // A signed email link or a widget ticket token vouched for the ticket (SPEC "Verified tickets").
      return [
        { value: '1', label: t.verifiedOnly },
        { value: '0', label: t.notVerified },
      ];
  }
}

export function FilterBar({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const { from, to } = rangeOf(q);
  const t = tr(T);
  const [custom, setCustom] = useState(false);
  const [csv, setCsv] = useState<CsvFormat>(csvFormat);
  const preset = custom ? 'custom' : (matchPreset(from, to) ?? 'custom');
  const go = (changes: Record<string, string | null>) =>
    navigate(withParams(q, { ...changes, cursor: null }));

  const choose = (value: string) => {
    if (value === 'custom') {
      setCustom(true);
      go({ from, to });
      return;
    }
    setCustom(false);
    go(presetRange(value as Preset));
  };
  const setDay = (which: 'from' | 'to', value: string) => {
    if (!value) return;
    const next = { from, to, [which]: value };
    // Keep the range the right way round whichever end moved.
    if (next.from > next.to) next[which === 'from' ? 'to' : 'from'] = value;
    go(next);
  };

  return (
    <form class="filters" aria-label={t.form} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="f-range"
        label={t.range}
        value={preset}
        choices={[...PRESETS.map((p) => ({ value: p.id, label: p.label })), { value: 'custom', label: t.custom }]}
        onChange={choose}
      />
      {preset === 'custom' && (
        <>
          <div class="field">
            <label for="f-from">{t.from}</label>
            <input
              id="f-from"
              type="date"
              value={from}
              max={to}
              onChange={(e) => setDay('from', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="f-to">{t.to}</label>
            <input
              id="f-to"
              type="date"
              value={to}
              min={from}
              onChange={(e) => setDay('to', e.currentTarget.value)}
            />
          </div>
        </>
      )}
      {FILTER_KEYS.map((key) => {
        const options = optionsFor(site, key, t);
        const chosen = q.get(key);
        // A shared address may name a value this site no longer lists: keep it choosable.
        if (chosen && !options.some((o) => o.value === chosen))
          options.push({ value: chosen, label: chosen });
        if (key === 'survey' && options.length < 2 && !q.get(key)) return null;
        return (
          <SelectField
            key={key}
            id={`f-${key}`}
            label={t.labels[key]}
            value={q.get(key) ?? ''}
            choices={[{ value: '', label: t.all }, ...options]}
            onChange={(value) => go({ [key]: value || null })}
          />
        );
      })}
      <div class="filters-end">
        {hasFilters(q) && (
          <button
            type="button"
            class="secondary"
            onClick={() => go(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
          >
            {t.clear}
          </button>
        )}
        <SelectField
          id="f-csv"
          class="csv-format"
          label={t.csvFormat}
          value={csv}
          choices={[
            { value: 'semicolon', label: t.semicolon },
            { value: 'comma', label: t.comma },
          ]}
          onChange={(value) => {
            const f = value === 'comma' ? 'comma' : 'semicolon';
            setCsvFormat(f);
            setCsv(f);
          }}
        />
        <a
          class="button secondary"
          href={`/api/v1/sites/${enc(site.id)}/export.csv${query({ ...filterParams(q), ...csvParams(csv) })}`}
          download
        >
          {t.exportCsv}
        </a>
      </div>
      {site.recounting && <RecountingNote />}
    </form>
  );
}
