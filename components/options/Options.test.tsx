import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '@/lib/messaging/protocol';
import { getSettings, settingsItem, updateSettings } from '@/lib/settings';
import { useLocale } from '../testing/i18n';
import { parseHosts } from './hosts';
import { Options } from './Options';
import type { OptionsData } from './types';

function data(over: Partial<OptionsData> = {}): OptionsData {
  return {
    getSettings,
    updateSettings,
    backup: async () => new Blob(['{}']),
    restore: async () => ok({ added: 3, skipped: 1 }),
    wipeAll: vi.fn(async () => undefined),
    ...over,
  };
}

describe('Options', () => {
  beforeEach(() => useLocale('en'));

  it('stops highlighting companies when the box is cleared', async () => {
    render(<Options data={data()} />);
    const box = await screen.findByRole('checkbox', { name: 'Company' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await settingsItem.getValue()).types).toEqual(['money', 'percent']));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('saves the theme, the style and auto-save', async () => {
    render(<Options data={data()} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: /Underline/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep every fact/ }));
    await waitFor(async () => {
      const s = await getSettings();
      expect([s.theme, s.highlightStyle, s.autoSave]).toEqual(['dark', 'underline', false]);
    });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('keeps the deny list, and shows lines that are not sites without dropping them', async () => {
    render(<Options data={data()} />);
    const area = await screen.findByRole('textbox', { name: 'Sites to skip' });
    fireEvent.input(area, { target: { value: 'https://www.example.com/news\nnot a site\nfoo.org' } });
    fireEvent.blur(area);
    await waitFor(async () => expect((await getSettings()).denylist).toEqual(['example.com', 'foo.org']));
    expect(screen.getByText(/Not site names, not saved: not a site/)).toBeTruthy();
    expect((area as HTMLTextAreaElement).value).toContain('not a site');
  });

  it('adds, edits and removes watchlist rows', async () => {
    render(<Options data={data()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a company' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.input(name, { target: { value: 'Lumen Robotics' } });
    fireEvent.blur(name);
    const aliases = screen.getByRole('textbox', { name: 'Other names of Lumen Robotics' });
    fireEvent.input(aliases, { target: { value: 'Lumen, لومن روبوتيكس،  Lumen ' } });
    fireEvent.blur(aliases);
    await waitFor(async () =>
      expect((await getSettings()).watchlist).toEqual([{ canonical: 'Lumen Robotics', aliases: ['Lumen', 'لومن روبوتيكس'], kind: 'company' }]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Lumen Robotics' }));
    await waitFor(async () => expect((await getSettings()).watchlist).toEqual([]));
  });

  it('asks before deleting everything; Escape cancels', async () => {
    const d = data();
    render(<Options data={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the whole library?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(d.wipeAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('The library is empty now.');
    expect(d.wipeAll).toHaveBeenCalledOnce();
  });

  it('tells what a restore did, and why it failed', async () => {
    const restore = vi.fn().mockResolvedValueOnce(ok({ added: 3, skipped: 1 })).mockResolvedValueOnce(fail(new Error('not a Dealmark backup')));
    const { container } = render(<Options data={data({ restore })} />);
    await screen.findByRole('button', { name: 'Download a backup' });
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{}'], 'b.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Restored: 3 added, 1 already there.');
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Nothing was restored: not a Dealmark backup');
  });

  it('is right to left in Arabic', async () => {
    useLocale('ar');
    render(<Options data={data()} />);
    await screen.findByRole('heading', { name: 'إعدادات ديلمارك' });
    expect(document.documentElement.dir).toBe('rtl');
  });
});

describe('parseHosts', () => {
  it('accepts hosts and URLs, lowercases, drops www and duplicates, keeps bad lines apart', () => {
    expect(parseHosts('WWW.Example.com\nhttps://news.example.org/a?b\nexample.com\n\u200fbad host!\nمثال.مصر')).toEqual({
      hosts: ['example.com', 'news.example.org', 'مثال.مصر'],
      invalid: ['bad host!'],
    });
  });
});
