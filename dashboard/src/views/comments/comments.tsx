// Comments, newest first: the overview's range and filters plus a category and a text search,
// each comment with its scores and ticket, and "Load more" along the API's cursor.
import type { ResponseItem, SiteInfo } from '../../../../shared/api';
import { enc, query } from '../../lib/api';
import { SelectField } from '../../components/field';
import { fmtRange, rangeOf } from '../../lib/dates';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { ResponseView } from '../../components/response-item';
import { navigate, withParams } from '../../lib/route';
import { usePaged } from '../../lib/use-paged';
import { ErrorNote, More } from '../../components/ui';

const CATEGORIES = [
  { id: '', label: 'All' },
  { id: 'detractor', label: 'Detractors' },
  { id: 'passive', label: 'Passives' },
  { id: 'promoter', label: 'Promoters' },
  { id: 'low-csat', label: 'Low CSAT (1–2)' },
  { id: 'high-effort', label: 'High effort (CES 4–5)' },
];

export function Comments({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const category = CATEGORIES.some((c) => c.id === q.get('category')) ? (q.get('category') ?? '') : '';
  const text = q.get('q') ?? '';
  const { from, to } = rangeOf(q);
  const list = usePaged<ResponseItem>(
    `/sites/${enc(site.id)}/responses${query({ ...filterParams(q), withComment: '1', category, q: text })}`,
  );

  const search = (e: SubmitEvent) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget as HTMLFormElement).get('q');
    navigate(withParams(q, { q: typeof value === 'string' ? value.trim() : null }));
  };

  return (
    <>
      <h1 tabIndex={-1}>Comments</h1>
      <FilterBar q={q} site={site} />
      <div class="toolbar">
        <SelectField
          id="c-category"
          label="Category"
          value={category}
          choices={CATEGORIES.map((c) => ({ value: c.id, label: c.label }))}
          onChange={(value) => navigate(withParams(q, { category: value || null }))}
        />
        <form role="search" class="search" onSubmit={search}>
          <div class="field">
            <label for="c-q">Search comments</label>
            <input id="c-q" name="q" type="search" defaultValue={text} key={text} />
          </div>
          <button type="submit">Search</button>
        </form>
      </div>
      <p class="muted period">
        Comments from {fmtRange(from, to)}
        {text && <> matching “{text}”</>}
      </p>
      {list.error && <ErrorNote error={list.error} retry={list.reload} />}
      {list.items && list.items.length === 0 && !list.next && <p class="note">No comments match this selection.</p>}
      {list.items && list.items.length > 0 && (
        <ol class="responses">
          {list.items.map((r) => (
            <li key={r.id}>
              <ResponseView q={q} r={r} />
            </li>
          ))}
        </ol>
      )}
      <More list={list} noun="comment" />
    </>
  );
}
