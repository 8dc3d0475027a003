/** What to highlight, how it looks, the theme, and auto-save: each change is saved at once. */
import { t } from '@/lib/i18n';
import type { EntityType } from '@/lib/detect/types';
import type { HighlightStyle, Settings, Theme } from '@/lib/settings';
import { HIGHLIGHT_PRESETS } from '@/lib/settings/styles';
import { Section } from './Section';

interface Props {
  settings: Settings;
  save(patch: Partial<Settings>): void;
}

const KINDS: EntityType[] = ['money', 'percent', 'company'];
const KIND_LABEL = { money: 'typeMoney', percent: 'typePercent', company: 'typeCompany' } as const;
const STYLES: HighlightStyle[] = ['soft', 'underline', 'strong'];
const THEMES: Theme[] = ['auto', 'light', 'dark'];

export function KindsSection({ settings, save }: Props) {
  function toggle(kind: EntityType, on: boolean) {
    const next = on ? [...settings.types, kind] : settings.types.filter((k) => k !== kind);
    save({ types: KINDS.filter((k) => next.includes(k)) });
  }
  return (
    <Section id="kinds" title={t('optKinds')} hint={t('optKindsHint')}>
      <div class="check-list">
        {KINDS.map((kind) => (
          <label key={kind} class="check">
            <input type="checkbox" name="kind" value={kind} checked={settings.types.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)} />
            <span>{t(KIND_LABEL[kind])}</span>
          </label>
        ))}
      </div>
      <label class="check">
        <input type="checkbox" name="autoSave" checked={settings.autoSave} onChange={(e) => save({ autoSave: e.currentTarget.checked })} />
        <span>
          {t('optAutoSave')}
          <small class="hint block">{t('optAutoSaveHint')}</small>
        </span>
      </label>
    </Section>
  );
}

export function AppearanceSection({ settings, save }: Props) {
  return (
    <Section id="look" title={t('optLook')} hint={t('optLookHint')}>
      <fieldset class="choice-grid">
        <legend>{t('optStyle')}</legend>
        {STYLES.map((style) => (
          <label key={style} class="choice">
            <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style}
              onChange={() => save({ highlightStyle: style })} />
            <span class="choice-body">
              <span>{t(`style_${style}` as 'style_soft')}</span>
              <StylePreview style={style} />
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row">
        <legend>{t('optTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="check">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => save({ theme })} />
            <span>{t(`theme_${theme}` as 'theme_auto')}</span>
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

/** The preset on a light and a dark sample page, in its documented colours. */
function StylePreview({ style }: { style: HighlightStyle }) {
  return (
    <span class="previews" aria-hidden="true">
      {(['light', 'dark'] as const).map((scheme) => (
        <span key={scheme} class={`preview preview-${scheme}`}>
          {KINDS.map((kind) => {
            const p = HIGHLIGHT_PRESETS[style][kind];
            return (
              <span key={kind} class="sample" style={{
                color: p.color ?? undefined,
                backgroundColor: p.background ?? undefined,
                textDecoration: p.underline ? `underline 2px ${p.underline}` : undefined,
                textUnderlineOffset: '3px',
              }}>
                {kind === 'money' ? '$6.6B' : kind === 'percent' ? '12%' : 'Acme AI'}
              </span>
            );
          })}
        </span>
      ))}
    </span>
  );
}
