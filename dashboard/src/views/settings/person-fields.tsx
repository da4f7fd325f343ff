// The fields that describe a person's access, shared by "Add a person" and "Manage": the role (radios
// with a line on each, or a select with the chosen role's line) and the sites (all, or some of them).
import { ROLES, type Role, type SiteInfo } from '../../../../shared/api';
import { ROLE_INFO } from '../../lib/access';
import { SelectField } from '../../components/field';
import { tr } from '../../lib/i18n';
import { T } from './person-fields.text';

/** Radios, each role with one line on what it may do. */
export function RoleRadios({ id, value, onChange }: { id: string; value: Role; onChange(role: Role): void }) {
  const t = tr(T);
  return (
    <fieldset class="choices">
      <legend>{t.role}</legend>
      {ROLES.map((r) => (
        <div class="choice" key={r}>
          <label class="check">
            <input
              type="radio"
              name={`${id}-role`}
              value={r}
              checked={value === r}
              aria-describedby={`${id}-${r}-about`}
              onChange={() => onChange(r)}
            />
            {ROLE_INFO[r].label}
          </label>
          <p id={`${id}-${r}-about`} class="hint">
            {ROLE_INFO[r].about}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** A select, with the chosen role's line read with it. */
export function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange(role: Role): void }) {
  return (
    <SelectField
      id={id}
      label={tr(T).role}
      value={value}
      choices={ROLES.map((r) => ({ value: r, label: ROLE_INFO[r].label }))}
      hint={ROLE_INFO[value].about}
      onChange={(role) => onChange(role as Role)}
    />
  );
}

interface SitesProps {
  id: string;
  sites: SiteInfo[];
  /** null: every site, including sites created later. */
  value: string[] | null;
  onChange(value: string[] | null): void;
  error?: string;
}

/** "All sites" or "Only some sites" with a checkbox for each site. */
export function SitesPicker({ id, sites, value, onChange, error }: SitesProps) {
  // A grant may name a site the list no longer has: keep it visible, and removable.
  const t = tr(T);
  const known = new Set(sites.map((s) => s.id));
  const options = [
    ...sites.map((s) => ({ id: s.id, name: s.name })),
    ...(value ?? []).filter((s) => !known.has(s)).map((s) => ({ id: s, name: s })),
  ];
  const toggle = (site: string, on: boolean) => {
    const next = new Set(value ?? []);
    if (on) next.add(site);
    else next.delete(site);
    onChange(options.map((o) => o.id).filter((s) => next.has(s)));
  };
  return (
    <fieldset class="choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t.sites}</legend>
      <label class="check">
        <input type="radio" name={`${id}-scope`} checked={value === null} onChange={() => onChange(null)} />
        {t.all}
      </label>
      <label class="check">
        <input
          type="radio"
          name={`${id}-scope`}
          checked={value !== null}
          onChange={() => onChange(value ?? [])}
        />
        {t.some}
      </label>
      {value !== null && (
        <fieldset class="site-checks">
          <legend>{t.which}</legend>
          {options.map((s) => (
            <label class="check" key={s.id}>
              <input
                type="checkbox"
                checked={value.includes(s.id)}
                aria-invalid={error ? 'true' : undefined}
                onChange={(e) => toggle(s.id, e.currentTarget.checked)}
              />
              {s.name}
              {s.name !== s.id && <span class="muted">({s.id})</span>}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
