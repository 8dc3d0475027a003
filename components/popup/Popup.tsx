/** The toolbar popup: this page's facts, the library, and the companies in it. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ErrorBanner, Toast, type ToastSpec } from '../ui/Notices';
import { panelId, tabId, Tabs } from '../ui/Tabs';
import { usePageChrome } from '../ui/theme';
import { CompaniesTab } from './CompaniesTab';
import { errorText, PopupContext } from './context';
import { LibraryTab } from './LibraryTab';
import { PageTab } from './PageTab';
import type { PopupData } from './types';
import type { Theme } from '@/lib/settings';

type TabName = 'page' | 'library' | 'companies';

/** `?view=library` opens straight on a tab: the tooltip's "Library" button opens the popup page that way. */
export function tabFromSearch(search: string): TabName {
  const view = new URLSearchParams(search).get('view');
  return view === 'library' || view === 'companies' ? view : 'page';
}

export function Popup({ data, initialTab = 'page' }: { data: PopupData; initialTab?: TabName }) {
  const [tab, setTab] = useState<TabName>(initialTab);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastSpec | null>(null);
  const [theme, setTheme] = useState<Theme>();

  useEffect(() => {
    data.getSettings().then((s) => setTheme(s.theme), (e) => setError(errorText(e)));
    data.warmLibrary?.();
  }, [data]);
  usePageChrome(theme);

  const showError = useCallback((e: unknown) => setError(errorText(e)), []);
  const closeToast = useCallback(() => setToast(null), []);
  const ctx = useMemo(() => ({ data, showError, showToast: setToast }), [data, showError]);
  const tabs = [
    { id: 'page', label: t('tabPage') },
    { id: 'library', label: t('tabLibrary') },
    { id: 'companies', label: t('tabCompanies') },
  ];

  return (
    <PopupContext.Provider value={ctx}>
      <main class="popup">
        <header class="popup-head">
          <h1 class="brand">{t('extName')}</h1>
          <a class="link-button" href={data.optionsUrl()} target="_blank" rel="noopener">
            {t('openOptions')}
          </a>
        </header>
        <Tabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as TabName)} label={t('tabsLabel')} idPrefix="popup" />
        <ErrorBanner message={error} onClose={() => setError(null)} />
        <section role="tabpanel" id={panelId('popup', tab)} aria-labelledby={tabId('popup', tab)} class="panel">
          {tab === 'page' && <PageTab />}
          {tab === 'library' && <LibraryTab />}
          {tab === 'companies' && <CompaniesTab />}
        </section>
        <Toast toast={toast} onClose={closeToast} />
      </main>
    </PopupContext.Provider>
  );
}
