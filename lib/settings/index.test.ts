import { describe, expect, it } from 'vitest';
import { toggleSite } from '@/components/popup/SiteToggle';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, settingsItem, updateSettings } from './index';

describe('settings', () => {
  it('fills settings an older store lacks from the defaults', async () => {
    await settingsItem.setValue({ types: ['money'] } as never);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, types: ['money'] });
  });

  it('keeps every one of several quick changes', async () => {
    await Promise.all([updateSettings({ theme: 'dark' }), updateSettings({ highlightStyle: 'strong' }), updateSettings({ autoSave: false })]);
    const s = await getSettings();
    expect([s.theme, s.highlightStyle, s.autoSave]).toEqual(['dark', 'strong', false]);
  });

  it('matches a site and its subdomains, in both modes', () => {
    const deny = { ...DEFAULT_SETTINGS, denylist: ['example.com'] };
    expect(isSiteEnabled(deny, 'example.com')).toBe(false);
    expect(isSiteEnabled(deny, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(deny, 'notexample.com')).toBe(true);
    const allow = { ...DEFAULT_SETTINGS, siteMode: 'allowlist' as const, allowlist: ['example.com'] };
    expect(isSiteEnabled(allow, 'a.example.com')).toBe(true);
    expect(isSiteEnabled(allow, 'other.org')).toBe(false);
  });

  it('switches a site off and on again through the list its mode uses', () => {
    const off = { ...DEFAULT_SETTINGS, ...toggleSite(DEFAULT_SETTINGS, 'news.example', false) };
    expect(off.denylist).toEqual(['news.example']);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    // Turning a subdomain back on lifts the parent entry that covered it.
    const sub = { ...DEFAULT_SETTINGS, denylist: ['example.com', 'x.org'] };
    expect(toggleSite(sub, 'news.example.com', true)).toEqual({ denylist: ['x.org'] });
    const allow = { ...DEFAULT_SETTINGS, siteMode: 'allowlist' as const };
    expect(toggleSite(allow, 'news.example', true)).toEqual({ allowlist: ['news.example'] });
  });
});
