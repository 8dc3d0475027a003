/** The settings page: every change is stored at once and reaches open tabs live. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { ErrorBanner } from '../ui/Notices';
import { usePageChrome } from '../ui/theme';
import { DataSection } from './DataSection';
import { AppearanceSection, KindsSection } from './GeneralSections';
import { SitesSection } from './SitesSection';
import type { OptionsData } from './types';
import { WatchlistSection } from './WatchlistSection';

export function Options({ data }: { data: OptionsData }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState(0);
  usePageChrome(settings?.theme);

  useEffect(() => {
    data.getSettings().then(setSettings, (e) => setError(String(e)));
  }, [data]);

  const save = useCallback(
    (patch: Partial<Settings>) => {
      // Show the change at once; the stored value replaces it when the write lands.
      setSettings((s) => (s ? { ...s, ...patch } : s));
      data.updateSettings(patch).then(
        (next) => {
          setSettings(next);
          setSavedAt(Date.now());
        },
        (e) => setError(`${t('optSaveFailed')} ${e instanceof Error ? e.message : String(e)}`),
      );
    },
    [data],
  );

  return (
    <main class="options">
      <header class="options-head">
        <h1 class="brand">{t('optTitle')}</h1>
        <p class="saved-note" role="status">{savedAt ? t('optSaved') : ''}</p>
      </header>
      <ErrorBanner message={error} onClose={() => setError(null)} />
      {!settings ? (
        <p class="empty">{t('loading')}</p>
      ) : (
        <>
          <KindsSection settings={settings} save={save} />
          <SitesSection settings={settings} save={save} />
          <WatchlistSection watchlist={settings.watchlist} onSave={(watchlist) => save({ watchlist })} />
          <AppearanceSection settings={settings} save={save} />
          <DataSection data={data} />
        </>
      )}
    </main>
  );
}
