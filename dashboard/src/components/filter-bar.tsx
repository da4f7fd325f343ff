// Date range (presets or two date fields) and filters (survey, agent, channel, language, source,
// verified tickets), written to the address so the view can be shared; plus the CSV export of exactly
// this selection.
import { useState } from 'preact/hooks';
import type { SiteInfo } from '../../../shared/api';
import { enc, query } from '../lib/api';
import { SelectField } from './field';
import { RecountingNote } from './recounting';
import { matchPreset, PRESETS, presetRange, rangeOf, type Preset } from '../lib/dates';
import { filterParams, FILTER_KEYS, hasFilters, type FilterKey } from '../lib/filters';
import { navigate, withParams } from '../lib/route';

const LABELS: Record<FilterKey, string> = {
  survey: 'Survey',
  agent: 'Agent',
  channel: 'Channel',
  lang: 'Language',
  source: 'Source',
  verified: 'Verified tickets',
};

function optionsFor(site: SiteInfo, key: FilterKey): { value: string; label: string }[] {
  const plain = (list: string[]) => list.map((v) => ({ value: v, label: v }));
  switch (key) {
    case 'survey':
      return plain(site.surveys);
    case 'agent':
      return plain(site.agents);
    case 'channel':
      return plain(site.channels);
    case 'lang':
      return plain(site.languages);
    case 'source':
      return [
        { value: 'widget', label: 'Widget' },
        { value: 'email', label: 'Email link' },
      ];
    case 'verified':
      // A signed email link or a widget ticket token vouched for the ticket (SPEC "Verified tickets").
      return [
        { value: '1', label: 'Verified only' },
        { value: '0', label: 'Not verified' },
      ];
  }
}

export function FilterBar({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const { from, to } = rangeOf(q);
  const [custom, setCustom] = useState(false);
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
    <form class="filters" aria-label="Date range and filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="f-range"
        label="Date range"
        value={preset}
        choices={[...PRESETS.map((p) => ({ value: p.id, label: p.label })), { value: 'custom', label: 'Custom' }]}
        onChange={choose}
      />
      {preset === 'custom' && (
        <>
          <div class="field">
            <label for="f-from">From</label>
            <input
              id="f-from"
              type="date"
              value={from}
              max={to}
              onChange={(e) => setDay('from', e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="f-to">To</label>
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
        const options = optionsFor(site, key);
        const chosen = q.get(key);
        // A shared address may name a value this site no longer lists: keep it choosable.
        if (chosen && !options.some((o) => o.value === chosen))
          options.push({ value: chosen, label: chosen });
        if (key === 'survey' && options.length < 2 && !q.get(key)) return null;
        return (
          <SelectField
            key={key}
            id={`f-${key}`}
            label={LABELS[key]}
            value={q.get(key) ?? ''}
            choices={[{ value: '', label: 'All' }, ...options]}
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
            Clear filters
          </button>
        )}
        <a
          class="button secondary"
          href={`/api/v1/sites/${enc(site.id)}/export.csv${query(filterParams(q))}`}
          download
        >
          Export CSV
        </a>
      </div>
      {site.recounting && <RecountingNote />}
    </form>
  );
}
