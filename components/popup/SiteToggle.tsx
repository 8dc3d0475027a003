/** On/off for the current site: edits the deny list (or the allow list in allow-list mode). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { usePopup } from './context';

/** The settings after switching `host` on or off, touching only the list the mode uses. */
export function toggleSite(settings: Settings, host: string, on: boolean): Partial<Settings> {
  const covers = (h: string) => host === h || host.endsWith(`.${h}`);
  if (settings.siteMode === 'allowlist') {
    const rest = settings.allowlist.filter((h) => !covers(h));
    return { allowlist: on ? [...rest, host] : rest };
  }
  const rest = settings.denylist.filter((h) => !covers(h));
  return { denylist: on ? rest : [...rest, host] };
}

export function SiteToggle({ host }: { host: string }) {
  const { data, showError } = usePopup();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    data.getSettings().then(setSettings, showError);
  }, [data, showError]);
  if (!settings || !host) return null;
  const on = isSiteEnabled(settings, host);

  async function flip() {
    try {
      setSettings(await data.updateSettings(toggleSite(settings!, host, !on)));
    } catch (e) {
      showError(e);
    }
  }

  return (
    <label class="switch-row">
      <span>
        {t('runOnSite')} <bdi class="host">{host}</bdi>
      </span>
      <input type="checkbox" role="switch" class="switch" checked={on} onChange={flip} />
    </label>
  );
}
