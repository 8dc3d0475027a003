/** One library fact: what, how much, whose, from where and when, with its note. */
import { formatDate, t } from '@/lib/i18n';
import { siteOf, textFragmentUrl, typeLabel, valueLabel } from './format';
import { NoteField } from './NoteField';
import { Inferred, Value } from './PageTab';
import type { LibraryItem } from './types';

interface Props {
  item: LibraryItem;
  onNote(item: LibraryItem, note: string): Promise<boolean>;
  onOpen(url: string): void;
  onDelete(item: LibraryItem): void;
}

export function FactCard({ item, onNote, onOpen, onDelete }: Props) {
  const site = item.page?.site || siteOf(item.url);
  const title = item.page?.title || site;
  return (
    <li class="card">
      <div class="card-head">
        <span class={`chip chip-${item.type}`}>{typeLabel(item.type)}</span>
        <bdi class="fact-text">{item.text}</bdi>
        {item.type !== 'company' && <Value text={item.text} label={valueLabel(item)} />}
        {item.type === 'money' && item.currencyInferred && <Inferred />}
        {item.status === 'saved' && <span class="badge">{t('saved')}</span>}
      </div>
      {item.company && item.company !== item.text && <div class="company">{item.company}</div>}
      <div class="source">
        <bdi class="source-title">{title}</bdi>
        <span class="meta">
          <bdi>{site}</bdi> · <time dateTime={new Date(item.updated).toISOString()}>{formatDate(item.updated)}</time>
        </span>
      </div>
      <div class="actions">
        <NoteField note={item.note} label={t('noteLabel', item.text)} onSave={(note) => onNote(item, note)} />
        <button type="button" class="button" onClick={() => onOpen(textFragmentUrl(item.url, item.selector))}
          aria-label={t('openSourceOf', item.text)}>
          {t('openSource')}
        </button>
        <button type="button" class="button subtle danger" onClick={() => onDelete(item)} aria-label={t('deleteFact', item.text)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
