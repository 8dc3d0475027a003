import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/testing/i18n';
import { applyDocumentLocale, formatMoney, formatPercent, isRtl, t } from './index';

describe('t()', () => {
  beforeEach(() => useLocale('en'));

  it('returns the English strings', () => {
    expect(t('tabLibrary')).toBe('Library');
    expect(t('exportCsv')).toBe('Export CSV');
  });

  it('fills numbered substitutions through named placeholders', () => {
    expect(t('rangeOf', [1, 50, '10,000'])).toBe('1–50 of 10,000');
    expect(t('noteLabel', '$6.6 billion')).toBe('Note on “$6.6 billion”');
  });

  it('shows the key itself when a string is missing, never an empty control', () => {
    expect(t('noSuchKey' as 'tabPage')).toBe('noSuchKey');
  });

  it('speaks Arabic and sets the page right-to-left for an Arabic UI', () => {
    useLocale('ar');
    expect(t('tabLibrary')).toBe('المكتبة');
    applyDocumentLocale();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('stays left-to-right in English even when an earlier page was Arabic', () => {
    document.documentElement.dir = 'rtl';
    applyDocumentLocale();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
  });

  it('describes the catalogue actually used: an unsupported UI language falls back to English, left-to-right', () => {
    useLocale('he');
    applyDocumentLocale();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('locale formatting', () => {
  it('knows which languages are written right to left', () => {
    expect(isRtl('ar-EG')).toBe(true);
    expect(isRtl('fa')).toBe(true);
    expect(isRtl('en-US')).toBe(false);
    expect(isRtl('zh-CN')).toBe(false);
  });

  it('formats money compactly in the UI locale', () => {
    expect(formatMoney(6.6e9, 'USD', 'en-US')).toBe('$6.6B');
    expect(formatMoney(1.5e6, 'EUR', 'de-DE')).toMatch(/1,5\s*Mio\.\s*€/);
  });

  it('keeps an amount readable when the currency code is not ISO', () => {
    expect(formatMoney(2000, 'XYZW', 'en-US')).toBe('2,000 XYZW');
  });

  it('reads stored percents as percent points', () => {
    expect(formatPercent(12.5, 'en-US')).toBe('12.5%');
  });
});
