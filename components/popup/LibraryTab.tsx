/**
 * Every stored fact, a page at a time: only PAGE_SIZE cards are ever in the DOM,
 * so the first render costs the same with ten facts or ten thousand.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, t } from '@/lib/i18n';
import { usePopup } from './context';
import { ExportBar } from './ExportBar';
import { FactCard } from './FactCard';
import { LibraryFilters, type LibraryFilter } from './LibraryFilters';
import type { Facets, LibraryItem } from './types';

// A popup shows three or four cards at once; 25 per page keeps paging rare and rendering cheap.
export const PAGE_SIZE = 25;
const NO_FACETS: Facets = { currencies: [], languages: [], sites: [] };

export function LibraryTab() {
  const { data, showError, showToast } = usePopup();
  const [filter, setFilter] = useState<LibraryFilter>({ sort: 'newest' });
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ items: LibraryItem[]; total: number } | null>(null);
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const root = useRef<HTMLDivElement>(null);
  const goTo = (next: number) => {
    setOffset(next);
    // A new page starts at its first card, not where the last one was scrolled to.
    root.current?.closest('[role="tabpanel"]')?.scrollTo?.({ top: 0 });
  };

  // Facets wait for the first page: they only fill the filter menus, the list comes first.
  const listed = result !== null;
  useEffect(() => {
    if (listed) data.facetValues().then(setFacets, showError);
  }, [data, showError, version, listed]);

  useEffect(() => {
    let live = true;
    data.queryLibrary({ ...filter, offset, limit: PAGE_SIZE }).then(
      (res) => live && setResult(res),
      (e) => live && showError(e),
    );
    return () => {
      live = false;
    };
  }, [data, showError, filter, offset, version]);

  const changeFilter = useCallback((next: LibraryFilter) => {
    setFilter(next);
    setOffset(0);
  }, []);

  async function saveNote(item: LibraryItem, note: string): Promise<boolean> {
    try {
      await data.setNote(item.id!, note);
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  }

  async function remove(item: LibraryItem) {
    try {
      const records = await data.deleteAnnotations([item.id!]);
      reload();
      showToast({
        message: t('deletedFact', item.text),
        actionLabel: t('undo'),
        action: () => data.restoreAnnotations(records).then(reload, showError),
      });
    } catch (e) {
      showError(e);
    }
  }

  const total = result?.total ?? 0;
  const items = result?.items ?? [];
  return (
    <div class="library" ref={root}>
      <LibraryFilters filter={filter} facets={facets} onChange={changeFilter} />
      {!result ? (
        <p class="empty">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty">{total === 0 && !filter.search ? t('libraryEmpty') : t('noMatches')}</p>
      ) : (
        <ul class="cards" aria-label={t('libraryListLabel', formatNumber(total))}>
          {items.map((item) => (
            <FactCard key={item.id} item={item} onNote={saveNote} onOpen={(url) => data.openTab(url).catch(showError)} onDelete={remove} />
          ))}
        </ul>
      )}
      {total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('pagerLabel')}>
          <button type="button" class="button" disabled={offset === 0} onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))}>
            {t('previous')}
          </button>
          <span>{t('rangeOf', [formatNumber(offset + 1), formatNumber(Math.min(offset + PAGE_SIZE, total)), formatNumber(total)])}</span>
          <button type="button" class="button" disabled={offset + PAGE_SIZE >= total} onClick={() => goTo(offset + PAGE_SIZE)}>
            {t('next')}
          </button>
        </nav>
      )}
      <ExportBar load={(limit) => data.queryLibrary({ ...filter, offset: 0, limit }).then((r) => r.items)} />
    </div>
  );
}
