import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB } from '@/lib/storage/db';
import { fail, ok, type FoundFact, type PageInfo } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/settings';
import { useLocale } from '../testing/i18n';
import { page, record, seed } from '@/lib/storage/testing';
import { realData } from './data';
import { Popup } from './Popup';
import type { PopupData } from './types';

const A = 'https://news.example/openai';
const B = 'https://akhbar.example/openai-ar';

async function seedLibrary() {
  await seed(
    [page(A, { title: 'OpenAI raises $6.6B', site: 'news.example' }), page(B, { title: 'أوبن إيه آي تجمع', language: 'ar', site: 'akhbar.example' })],
    [
      record({ url: A, type: 'money', text: '$6.6 billion', value: 6.6e9, currency: 'USD', company: 'OpenAI', role: 'raised', updated: 3 }),
      record({ url: A, type: 'company', text: 'Thrive Capital', company: 'Thrive Capital', companyKind: 'investor', note: 'lead', updated: 2 }),
      record({ url: B, type: 'money', text: '6.6 مليار دولار', value: 6.6e9, currency: 'USD', company: 'OpenAI', role: 'raised', updated: 1 }),
      record({ url: B, type: 'percent', text: '15%', value: 15, company: 'Amazon', updated: 4 }),
    ],
  );
}

function data(over: Partial<PopupData> = {}): PopupData {
  return { ...realData, openTab: vi.fn(async () => undefined), ...over };
}


describe('Popup library', () => {
  beforeEach(async () => {
    useLocale('en');
    await seedLibrary();
  });

  it('lists the stored facts with value, company, title and site', async () => {
    render(<Popup data={data()} initialTab="library" />);
    const list = await screen.findByRole('list', { name: /4 facts in the library/ });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    // Newest first: the percent (updated 4), then $6.6 billion (updated 3).
    expect(items[0]!.textContent).toContain('15%');
    expect(items[1]!.textContent).toContain('$6.6B');
    expect(items[1]!.textContent).toContain('OpenAI');
    expect(items[1]!.textContent).toContain('OpenAI raises $6.6B');
    expect(items[1]!.textContent).toContain('news.example');
  });

  it('searches notes and filters by type', async () => {
    render(<Popup data={data()} initialTab="library" />);
    await screen.findByRole('list', { name: /4 facts/ });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'lead' } });
    const one = await screen.findByRole('list', { name: /1 facts/ });
    expect(one.textContent).toContain('Thrive Capital');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: '' } });
    await screen.findByRole('list', { name: /4 facts/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'money' } });
    const money = await screen.findByRole('list', { name: /2 facts/ });
    expect(within(money).getAllByRole('listitem').every((li) => li.textContent!.includes('Money'))).toBe(true);
  });

  it('saves a note edited inline on Enter', async () => {
    render(<Popup data={data()} initialTab="library" />);
    const note = await screen.findByRole('textbox', { name: 'Note on “15%”' });
    fireEvent.input(note, { target: { value: 'Amazon stake, check filing' } });
    fireEvent.keyDown(note, { key: 'Enter' });
    await waitFor(async () => {
      const rec = await getDB().annotations.filter((r) => r.text === '15%').first();
      expect(rec?.note).toBe('Amazon stake, check filing');
    });
  });

  it('deletes a fact and brings it back with Undo', async () => {
    render(<Popup data={data()} initialTab="library" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “15%”' }));
    await screen.findByRole('list', { name: /3 facts/ });
    expect(await getDB().annotations.count()).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('list', { name: /4 facts/ });
    expect(await getDB().annotations.count()).toBe(4);
  });

  it('opens the source scrolled to the fact with a text fragment', async () => {
    const d = data();
    render(<Popup data={d} initialTab="library" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the source of “$6.6 billion”' }));
    expect(d.openTab).toHaveBeenCalledWith(`${A}#:~:text=the%20company%20said%20it-,%246.6%20billion,-in%20a%20new%20round%20led%20by`);
  });

  it('shows a failing library as an error banner', async () => {
    render(<Popup data={data({ queryLibrary: () => Promise.reject(new Error('QuotaExceededError')) })} initialTab="library" />);
    expect((await screen.findByRole('alert')).textContent).toContain('QuotaExceededError');
  });

  it('counts one deal reported in Arabic and English as 2 sources', async () => {
    render(<Popup data={data()} initialTab="companies" />);
    const list = await screen.findByRole('list', { name: /companies/ });
    const openai = within(list).getAllByRole('listitem').find((li) => li.textContent!.startsWith('OpenAI'))!;
    fireEvent.click(openai.querySelector('summary')!);
    const deals = within(openai).getByRole('list', { name: 'Deals of OpenAI' });
    expect(deals.textContent).toContain('2 sources');
    expect(deals.textContent).toContain('$6.6B');
  });
});

describe('Popup tabs and locale', () => {
  beforeEach(async () => {
    await seedLibrary();
  });

  it('moves between tabs with the arrow keys', async () => {
    useLocale('en');
    render(<Popup data={data({ activeTab: async () => ({ id: null, url: null }) })} />);
    const first = screen.getByRole('tab', { name: 'This page' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const lib = screen.getByRole('tab', { name: 'Library' });
    expect(lib.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(lib);
    fireEvent.keyDown(lib, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Companies' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('popup-tab-companies');
  });

  it('renders in Arabic, right to left', async () => {
    useLocale('ar');
    render(<Popup data={data()} initialTab="library" />);
    expect(screen.getByRole('tab', { name: 'المكتبة' })).toBeTruthy();
    await screen.findByRole('list', { name: /المعلومات في المكتبة/ });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('button', { name: /CSV/ }).textContent).toBe('تصدير CSV');
  });
});

describe('Popup: this page', () => {
  const info: PageInfo = { url: 'https://news.example/live', title: 'Live', lang: 'en', site: 'news.example' };
  const fact: FoundFact = {
    key: 'f1',
    entity: { type: 'money', start: 0, end: 8, text: '$200 million', value: 2e8, currency: 'USD', currencyInferred: true },
    selector: { exact: '$200 million', prefix: '', suffix: '', start: 0, end: 8 },
    context: 'Acme raised $200 million.',
    fact: { company: 'Acme', role: 'raised', value: 2e8, currency: 'USD', counterparty: null, round: null, start: 0, end: 8, moneyStart: 0, moneyEnd: 8 },
  };

  beforeEach(() => useLocale('en'));

  it('lists the page facts and saves one', async () => {
    const setFactStatus = vi.fn(async () => ok(undefined));
    render(<Popup data={data({
      activeTab: async () => ({ id: 7, url: info.url }),
      pageFacts: async () => ok({ page: info, facts: [fact], orphans: [], known: [] }),
      setFactStatus,
    })} />);
    const list = await screen.findByRole('list', { name: '1 facts on this page' });
    expect(list.textContent).toContain('$200M');
    expect(list.textContent).toContain('currency guessed');
    expect(list.textContent).toContain('Acme');
    const save = within(list).getByRole('button', { name: 'Save “$200 million”' });
    fireEvent.click(save);
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Unsave “$200 million”' }).getAttribute('aria-pressed')).toBe('true'));
    expect(setFactStatus).toHaveBeenCalledWith(info, fact, 'saved');
  });

  it('lists facts kept earlier that the page no longer shows', async () => {
    render(<Popup data={data({
      activeTab: async () => ({ id: 7, url: info.url }),
      pageFacts: async () => ok({
        page: info,
        facts: [],
        orphans: [{ key: 'old', status: 'saved', note: 'first report', type: 'money', selector: { exact: '$150 million', prefix: '', suffix: '', start: 0, end: 12 } }],
        known: [],
      }),
    })} />);
    const list = await screen.findByRole('list', { name: 'Kept earlier, no longer found on this page' });
    expect(list.textContent).toContain('$150 million');
    expect(list.textContent).toContain('first report');
    expect(screen.getByText('No funding figures or companies found on this page.')).toBeTruthy();
  });

  it('shows a failed save instead of pretending', async () => {
    render(<Popup data={data({
      activeTab: async () => ({ id: 7, url: info.url }),
      pageFacts: async () => ok({ page: info, facts: [fact], orphans: [], known: [] }),
      setFactStatus: async () => fail(new Error('library is locked')),
    })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save “$200 million”' }));
    expect((await screen.findByRole('alert')).textContent).toContain('library is locked');
  });

  it('turns the current site off through the deny list', async () => {
    render(<Popup data={data({
      activeTab: async () => ({ id: 7, url: 'https://www.news.example/live' }),
      pageFacts: async () => ok({ page: info, facts: [], orphans: [], known: [] }),
    })} />);
    const toggle = await screen.findByRole('switch');
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await getSettings()).denylist).toEqual(['news.example']));
    await waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false));
  });
});

describe('Popup library paging', () => {
  beforeEach(async () => {
    useLocale('en');
    await seed(
      [page(A)],
      Array.from({ length: 60 }, (_, i) => record({ url: A, type: 'percent', text: `${i}%`, value: i, updated: 1000 + i })),
    );
  });

  it('renders one page of cards and steps through the rest', async () => {
    render(<Popup data={data()} initialTab="library" />);
    const list = await screen.findByRole('list', { name: /60 facts/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('59%');
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(pager.textContent).toContain('1–25 of 60');
    expect((within(pager).getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(pager.textContent).toContain('26–50 of 60'));
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('34%'));
    fireEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(10));
    expect((within(pager).getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
