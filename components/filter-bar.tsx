/** The search box and the filters: kind, actor, site, claim status, colour, date range. */
import { memo } from 'preact/compat';
import type { ClaimStatus, HighlightColour } from '../utils/db/schema';
import { noFilters, type Filters } from '../utils/library/query';
import { strings } from './strings';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  query: string;
  onQuery(query: string): void;
  filters: Filters;
  onFilters(filters: Filters): void;
  sites: string[];
  actorNames: string[];
}

const KINDS = ['highlight', 'actor', 'claim'] as const;
const STATUSES: ClaimStatus[] = ['unverified', 'checking', 'supported', 'disputed'];
const COLOURS: HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];
const DAY = 86_400_000;

/** Search input and a collapsible filter panel. */
export function FilterBar({
  query,
  onQuery,
  filters,
  onFilters,
  sites,
  actorNames,
}: FilterBarProps) {
  return (
    <div class="filter-bar">
      <input
        type="search"
        class="search"
        value={query}
        placeholder={strings.searchPlaceholder}
        aria-label={strings.search}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
      />
      <FilterPanel filters={filters} onFilters={onFilters} sites={sites} actorNames={actorNames} />
    </div>
  );
}

/**
 * The filters; memoised apart from the search box, so a keystroke does not re-diff its
 * selects (setting a select's value walks its options: the site list has one per site).
 */
const FilterPanel = memo(function FilterPanel({
  filters,
  onFilters,
  sites,
  actorNames,
}: Omit<FilterBarProps, 'query' | 'onQuery'>) {
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  return (
    <details class="filters" open={!noFilters(filters)}>
      <summary>{strings.filters}</summary>
      <div class="filter-grid">
        <ChoiceField
          label={strings.kind}
          value={filters.kind}
          options={KINDS.map((k) => [k, strings.kindLabel[k]])}
          onChange={(kind) => set({ kind: kind as Filters['kind'] })}
        />
        <label>
          {strings.actor}
          <input
            type="text"
            list="actor-names"
            value={filters.actor ?? ''}
            onChange={(e) =>
              set({ actor: (e.currentTarget as HTMLInputElement).value || undefined })
            }
          />
          <ActorOptions names={actorNames} />
        </label>
        <ChoiceField
          label={strings.site}
          value={filters.site}
          options={sites.map((s) => [s, s])}
          onChange={(site) => set({ site })}
        />
        <ChoiceField
          label={strings.status}
          value={filters.status}
          options={STATUSES.map((s) => [s, strings.statusNames[s]])}
          onChange={(status) => set({ status: status as ClaimStatus | undefined })}
        />
        <ChoiceField
          label={strings.colour}
          value={filters.colour}
          options={COLOURS.map((c) => [c, strings.colourNames[c]])}
          onChange={(colour) => set({ colour: colour as HighlightColour | undefined })}
        />
        <label>
          {strings.from}
          <input
            type="date"
            value={dayOf(filters.from)}
            onChange={(e) => set({ from: parseDay((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <label>
          {strings.to}
          <input
            type="date"
            value={dayOf(filters.to === undefined ? undefined : filters.to - DAY)}
            onChange={(e) => {
              const day = parseDay((e.currentTarget as HTMLInputElement).value);
              set({ to: day === undefined ? undefined : day + DAY });
            }}
          />
        </label>
        <button type="button" onClick={() => onFilters({})} disabled={noFilters(filters)}>
          {strings.clearFilters}
        </button>
      </div>
    </details>
  );
});

/** The actor suggestions; memoised, so typing a search does not re-diff hundreds of options. */
const ActorOptions = memo(function ActorOptions({ names }: { names: string[] }) {
  return (
    <datalist id="actor-names">
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
});

/** A labelled select whose first option, "Any", means no filter. */
function ChoiceField(props: {
  label: string;
  value: string | undefined;
  options: Array<[string, string]>;
  onChange(value: string | undefined): void;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{strings.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Local midnight of a `YYYY-MM-DD` input value. */
function parseDay(value: string): number | undefined {
  if (!value) return undefined;
  const time = new Date(`${value}T00:00:00`).getTime();
  return Number.isNaN(time) ? undefined : time;
}

function dayOf(time: number | undefined): string {
  if (time === undefined) return '';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
