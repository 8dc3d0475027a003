/** Pure helpers the popup's items share: links back to the source and value labels. */
import type { AnnotationRecord } from '@/lib/storage/types';
import { formatMoney, formatPercent, t } from '@/lib/i18n';

// Text directives separate their parts with '-' and ',' and chain with '&':
// those must be escaped too, and encodeURIComponent leaves '-' alone.
function encodePart(text: string): string {
  return encodeURIComponent(text.replace(/\s+/g, ' ').trim()).replace(/-/g, '%2D');
}

/** Selectors keep up to this many characters each side (lib/messaging Selector). */
const WINDOW = 32;

/**
 * A prefix must start at a word boundary and a suffix must end at one, or the
 * browser finds no match at all; a full 32-character window usually cuts a word.
 */
function wholeWordsPrefix(prefix: string): string {
  if (prefix.length < WINDOW || /^\s/.test(prefix)) return prefix.trim();
  const space = prefix.search(/\s/);
  return space === -1 ? '' : prefix.slice(space).trim();
}

function wholeWordsSuffix(suffix: string): string {
  if (suffix.length < WINDOW || /\s$/.test(suffix)) return suffix.trim();
  const space = suffix.search(/\s\S*$/);
  return space === -1 ? '' : suffix.slice(0, space).trim();
}

/** `url#:~:text=prefix-,exact,-suffix`: opens the article scrolled to the fact. */
export function textFragmentUrl(url: string, sel: { exact: string; prefix: string; suffix: string }): string {
  const base = url.split('#')[0] ?? url;
  const exact = encodePart(sel.exact);
  if (!exact) return base;
  const prefix = wholeWordsPrefix(sel.prefix);
  const suffix = wholeWordsSuffix(sel.suffix);
  const parts = [prefix ? `${encodePart(prefix)}-` : '', exact, suffix ? `-${encodePart(suffix)}` : ''].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}

type Valued = Pick<AnnotationRecord, 'type' | 'value' | 'currency' | 'currencyInferred' | 'companyKind'>;

/** The normalized value as the reader's locale writes it. */
export function valueLabel(item: Valued, locale?: string): string {
  if (item.type === 'money' && item.value !== null && item.currency) return formatMoney(item.value, item.currency, locale);
  if (item.type === 'percent' && item.value !== null) return formatPercent(item.value, locale);
  if (item.type === 'company') return t(item.companyKind === 'investor' ? 'kindInvestor' : item.companyKind === 'media' ? 'kindMedia' : 'kindCompany');
  return '';
}

export function typeLabel(type: AnnotationRecord['type']): string {
  return t(type === 'money' ? 'typeMoney' : type === 'percent' ? 'typePercent' : 'typeCompany');
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
