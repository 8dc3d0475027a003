/** Extra companies to find, with their other names; saved whenever a row is left or removed. */
import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CompanyKind, WatchlistEntry } from '@/lib/detect/types';
import { Section } from './Section';

interface Row {
  id: number;
  canonical: string;
  aliases: string;
  kind: CompanyKind;
}

/** Aliases are typed comma-separated; the Arabic comma counts too. */
export function rowsToEntries(rows: Row[]): WatchlistEntry[] {
  return rows
    .map((r) => ({
      canonical: r.canonical.trim(),
      aliases: [...new Set(r.aliases.split(/[,،;]/).map((a) => a.trim()).filter(Boolean))],
      kind: r.kind,
    }))
    .filter((e) => e.canonical);
}

export function WatchlistSection({ watchlist, onSave }: { watchlist: WatchlistEntry[]; onSave(list: WatchlistEntry[]): void }) {
  const nextId = useRef(watchlist.length);
  const [rows, setRows] = useState<Row[]>(() =>
    watchlist.map((w, id) => ({ id, canonical: w.canonical, aliases: w.aliases.join(', '), kind: w.kind ?? 'company' })),
  );
  const lastSaved = useRef(JSON.stringify(watchlist));

  function commit(next: Row[]) {
    const entries = rowsToEntries(next);
    const json = JSON.stringify(entries);
    if (json === lastSaved.current) return;
    lastSaved.current = json;
    onSave(entries);
  }
  const edit = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  function add() {
    const id = nextId.current++;
    setRows((rs) => [...rs, { id, canonical: '', aliases: '', kind: 'company' }]);
    // Focus the new row's name so keyboard users can type straight away.
    requestAnimationFrame(() => document.getElementById(`wl-name-${id}`)?.focus());
  }
  function remove(id: number) {
    const next = rows.filter((r) => r.id !== id);
    setRows(next);
    commit(next);
  }

  return (
    <Section id="watchlist" title={t('optWatchlist')} hint={t('optWatchlistHint')}>
      {rows.length > 0 && (
        <table class="watchlist">
          <thead>
            <tr>
              <th scope="col">{t('optWlName')}</th>
              <th scope="col">{t('optWlAliases')}</th>
              <th scope="col">{t('optWlKind')}</th>
              <th scope="col"><span class="sr-only">{t('delete')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input id={`wl-name-${r.id}`} type="text" dir="auto" value={r.canonical} aria-label={t('optWlName')}
                    onInput={(e) => edit(r.id, { canonical: e.currentTarget.value })} onBlur={() => commit(rows)} />
                </td>
                <td>
                  <input type="text" dir="auto" value={r.aliases} aria-label={t('optWlAliasesOf', r.canonical || '…')}
                    placeholder={t('optWlAliasesPlaceholder')}
                    onInput={(e) => edit(r.id, { aliases: e.currentTarget.value })} onBlur={() => commit(rows)} />
                </td>
                <td>
                  <select value={r.kind} aria-label={t('optWlKindOf', r.canonical || '…')} onChange={(e) => {
                    const next = rows.map((x) => (x.id === r.id ? { ...x, kind: e.currentTarget.value as CompanyKind } : x));
                    setRows(next);
                    commit(next);
                  }}>
                    <option value="company">{t('kindCompany')}</option>
                    <option value="investor">{t('kindInvestor')}</option>
                    <option value="media">{t('kindMedia')}</option>
                  </select>
                </td>
                <td>
                  <button type="button" class="button subtle danger" onClick={() => remove(r.id)}
                    aria-label={t('optWlRemove', r.canonical || '…')}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="button" onClick={add}>{t('optWlAdd')}</button>
    </Section>
  );
}
