/** Search, sort and the narrowing filters of the library. */
import { useEffect, useState } from 'preact/hooks';
import { languageName, t } from '@/lib/i18n';
import type { Facets, LibraryQuery, SortOrder } from './types';

export type LibraryFilter = Omit<LibraryQuery, 'offset' | 'limit'>;

interface Props {
  filter: LibraryFilter;
  facets: Facets;
  onChange(next: LibraryFilter): void;
}

const SEARCH_DELAY_MS = 200;
const SORTS: SortOrder[] = ['newest', 'oldest', 'value-desc', 'value-asc', 'company'];

function dayStart(value: string): number | undefined {
  const time = value ? new Date(`${value}T00:00:00`).getTime() : NaN;
  return Number.isNaN(time) ? undefined : time;
}
function dayInput(time: number | undefined): string {
  if (time === undefined) return '';
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const DAY = 86_400_000;

export function LibraryFilters({ filter, facets, onChange }: Props) {
  const [search, setSearch] = useState(filter.search ?? '');
  useEffect(() => {
    if ((filter.search ?? '') === search) return;
    const timer = setTimeout(() => onChange({ ...filter, search: search || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filter, onChange]);

  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K] | '') =>
    onChange({ ...filter, [key]: value === '' ? undefined : value });
  const active = [filter.currency, filter.language, filter.site, filter.from, filter.to, filter.status].filter((v) => v !== undefined).length;

  return (
    <div class="filters">
      <div class="filter-row">
        <input type="search" class="search" value={search} placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')}
          onInput={(e) => setSearch(e.currentTarget.value)} />
        <select aria-label={t('filterType')} value={filter.type ?? ''} onChange={(e) => set('type', e.currentTarget.value as LibraryFilter['type'] & string)}>
          <option value="">{t('allTypes')}</option>
          <option value="money">{t('typeMoney')}</option>
          <option value="percent">{t('typePercent')}</option>
          <option value="company">{t('typeCompany')}</option>
        </select>
        <select aria-label={t('sortLabel')} value={filter.sort ?? 'newest'} onChange={(e) => set('sort', e.currentTarget.value as SortOrder)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>{t(`sort_${s.replace('-', '_')}` as 'sort_newest')}</option>
          ))}
        </select>
      </div>
      <details class="more-filters">
        <summary>{active ? t('moreFiltersActive', active) : t('moreFilters')}</summary>
        <div class="filter-grid">
          <FacetSelect label={t('filterCurrency')} all={t('allCurrencies')} values={facets.currencies} value={filter.currency} onChange={(v) => set('currency', v)} />
          <FacetSelect label={t('filterLanguage')} all={t('allLanguages')} values={facets.languages} name={languageName} value={filter.language} onChange={(v) => set('language', v)} />
          <FacetSelect label={t('filterSite')} all={t('allSites')} values={facets.sites} value={filter.site} onChange={(v) => set('site', v)} />
          <label class="field">
            <span>{t('filterStatus')}</span>
            <select value={filter.status ?? ''} onChange={(e) => set('status', e.currentTarget.value as LibraryFilter['status'] & string)}>
              <option value="">{t('allStatuses')}</option>
              <option value="saved">{t('statusSaved')}</option>
              <option value="auto">{t('statusAuto')}</option>
              <option value="dismissed">{t('statusDismissed')}</option>
            </select>
          </label>
          <label class="field">
            <span>{t('filterFrom')}</span>
            <input type="date" value={dayInput(filter.from)} onChange={(e) => set('from', dayStart(e.currentTarget.value) ?? '')} />
          </label>
          <label class="field">
            <span>{t('filterTo')}</span>
            <input type="date" value={dayInput(filter.to)}
              onChange={(e) => { const d = dayStart(e.currentTarget.value); set('to', d === undefined ? '' : d + DAY - 1); }} />
          </label>
        </div>
      </details>
    </div>
  );
}

function FacetSelect(props: { label: string; all: string; values: string[]; value?: string; name?: (v: string) => string; onChange(v: string): void }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.all}</option>
        {props.values.map((v) => (
          <option key={v} value={v}>{props.name ? props.name(v) : v}</option>
        ))}
      </select>
    </label>
  );
}
