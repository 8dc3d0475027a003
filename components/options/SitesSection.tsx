/** Where Dealmark runs: everywhere but a deny list, or only on an allow list. */
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings, SiteMode } from '@/lib/settings';
import { parseHosts } from './hosts';
import { Section } from './Section';

interface Props {
  settings: Settings;
  save(patch: Partial<Settings>): void;
}

export function SitesSection({ settings, save }: Props) {
  const listKey = settings.siteMode === 'allowlist' ? 'allowlist' : 'denylist';
  return (
    <Section id="sites" title={t('optSites')}>
      <fieldset class="choice-row">
        <legend class="sr-only">{t('optSites')}</legend>
        {(['everywhere', 'allowlist'] as SiteMode[]).map((mode) => (
          <label key={mode} class="check">
            <input type="radio" name="siteMode" value={mode} checked={settings.siteMode === mode} onChange={() => save({ siteMode: mode })} />
            <span>{t(mode === 'everywhere' ? 'optEverywhere' : 'optAllowlistOnly')}</span>
          </label>
        ))}
      </fieldset>
      <HostList
        key={listKey}
        label={t(listKey === 'allowlist' ? 'optAllowlist' : 'optDenylist')}
        hosts={settings[listKey]}
        onSave={(hosts) => save({ [listKey]: hosts })}
      />
    </Section>
  );
}

function HostList({ label, hosts, onSave }: { label: string; hosts: string[]; onSave(hosts: string[]): void }) {
  const [text, setText] = useState(hosts.join('\n'));
  const [invalid, setInvalid] = useState<string[]>([]);
  function commit() {
    const parsed = parseHosts(text);
    setInvalid(parsed.invalid);
    // Bad lines stay in the box for the reader to fix; the good ones are saved now.
    if (parsed.hosts.join('\n') !== hosts.join('\n')) onSave(parsed.hosts);
  }
  return (
    <div class="field">
      <label for="hosts">{label}</label>
      <textarea id="hosts" rows={4} value={text} dir="ltr" spellcheck={false} placeholder="example.com"
        aria-describedby="hosts-hint" aria-invalid={invalid.length > 0}
        onInput={(e) => setText(e.currentTarget.value)} onBlur={commit} />
      <small id="hosts-hint" class={invalid.length ? 'hint error-text' : 'hint'}>
        {invalid.length ? t('optHostsInvalid', invalid.join(', ')) : t('optHostsHint')}
      </small>
    </div>
  );
}
