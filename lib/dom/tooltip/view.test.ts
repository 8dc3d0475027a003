import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../../components/testing/i18n.ts';
import { copyText, renderFact, type ViewFact } from './view.ts';

// The page stage has no English copies of its strings: the catalogues are the only source.
beforeEach(() => useLocale('en'));

const handlers = () => ({ toggleSave: vi.fn(), saveNote: vi.fn(), copy: vi.fn(), suppress: vi.fn(), openLibrary: vi.fn(), close: vi.fn() });

const money: ViewFact = {
  key: 'money:5 مليار دولار#0',
  entity: { type: 'money', text: '5 مليار دولار', start: 0, end: 13, value: 5e9, currency: 'USD', currencyInferred: true, qualifier: 'approx' },
  fact: { company: 'xAI', role: 'raised', value: 5e9, currency: 'USD', counterparty: 'Nvidia', round: null, start: 0, end: 20, moneyStart: 0, moneyEnd: 13 },
};

describe('tooltip view', () => {
  it('shows kind, normalized amount, English line, inferred currency, qualifier and the linked fact', () => {
    const root = document.createElement('div');
    renderFact(root, money, { saved: false, note: '', locale: 'ar' }, handlers());
    const text = root.textContent!;
    expect(text).toContain('Money');
    expect(text).toContain('$5,000,000,000 · 5 billion US dollars');
    expect(text).toContain('currency guessed');
    expect(text).toContain('about');
    expect(text).toContain('xAI · Raised');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.dataset.textDir).toBe('rtl');
  });

  it('sets page text as text, never as markup', () => {
    const root = document.createElement('div');
    const evil = '<img src=x onerror="alert(1)">';
    renderFact(root, {
      key: 'company:x#0',
      entity: { type: 'company', text: evil, start: 0, end: evil.length, canonical: evil, kind: 'investor', source: 'cue', description: `<b>${evil}</b>` },
    }, { saved: true, note: '<i>note</i>', locale: 'en' }, handlers());
    expect(root.querySelector('img, b, i')).toBeNull();
    expect(root.textContent).toContain(evil);
    expect(root.querySelector('input')!.value).toBe('<i>note</i>');
    expect(root.querySelector('button[aria-pressed]')!.textContent).toBe('Unsave');
  });

  it('wires the actions: save, note, copy text, not-a-company', () => {
    const root = document.createElement('div');
    const on = handlers();
    const first = renderFact(root, money, { saved: false, note: '', locale: 'en' }, on);
    first.click();
    expect(on.toggleSave).toHaveBeenCalledOnce();
    const input = root.querySelector('input')!;
    input.value = 'check the filing';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(on.saveNote).toHaveBeenCalledWith('check the filing');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Not an amount')!.click();
    expect(on.suppress).toHaveBeenCalledOnce();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!.click();
    expect(on.copy).toHaveBeenCalledWith(copyText(money, 'en'));
    expect(copyText(money, 'en')).toBe('5 مليار دولار ($5,000,000,000 · 5 billion US dollars)');
  });
});

describe('page-stage strings', () => {
  it('names only keys that both catalogues define', () => {
    const dir = join(import.meta.dirname, '..');
    const sources = [...readdirSync(dir, { recursive: true })].map(String)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('__fixtures__'));
    const keys = new Set<string>();
    for (const f of sources) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('([A-Za-z_]+)'\)/g)) keys.add(m[1]!);
    }
    for (const role of ['raised', 'invested', 'valuation', 'debt', 'revenue', 'spending', 'acquisition', 'other']) keys.add(`role_${role}`);
    for (const q of ['approx', 'over', 'under', 'up_to', 'at_least']) keys.add(`qual_${q}`);
    expect(keys.size).toBeGreaterThan(20);
    for (const locale of ['en', 'ar']) {
      const catalogue = JSON.parse(readFileSync(join(dir, `../../public/_locales/${locale}/messages.json`), 'utf8'));
      expect([...keys].filter((k) => !catalogue[k]), locale).toEqual([]);
    }
  });
});
