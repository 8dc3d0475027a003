/**
 * The tooltip's content for one fact, as plain DOM. Everything that comes from
 * the page or the engine is set with textContent, never parsed as HTML.
 */
import type { Entity, Fact } from '../../detect/types.ts';
import { currencyName, dirOf, factLine, figureLines } from '../format.ts';
import { t } from '../i18n.ts';

export interface ViewFact {
  key: string;
  entity: Entity;
  fact?: Fact;
}

export interface ViewState {
  saved: boolean;
  note: string;
  locale: string;
}

export interface ViewHandlers {
  toggleSave(): void;
  saveNote(note: string): void;
  /** Gets the summary to copy (copyText), so the page side needs no formatting code. */
  copy(text: string): void;
  suppress(): void;
  openLibrary(): void;
  close(): void;
}

const ROLES: Fact['role'][] = ['raised', 'invested', 'valuation', 'debt', 'revenue', 'spending', 'acquisition', 'other'];
const KIND_KEYS = { company: 'kindCompany', investor: 'kindInvestor', media: 'kindMedia' } as const;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, label: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', undefined, label);
  b.type = 'button';
  b.addEventListener('click', (ev) => {
    ev.stopPropagation();
    onClick();
  });
  return b;
}

export function kindLabel(type: Entity['type']): string {
  if (type === 'money') return t('typeMoney');
  if (type === 'percent') return t('typePercent');
  return t('typeCompany');
}

/** The summary a reader copies: the page's words and what they mean. */
export function copyText(f: ViewFact, locale: string): string {
  const e = f.entity;
  if (e.type === 'company') return e.canonical === e.text ? e.text : `${e.text} (${e.canonical})`;
  return `${e.text} (${figureLines(e, locale).main})`;
}

function verbs(): Record<Fact['role'], string> {
  return Object.fromEntries(ROLES.map((role) => [role, t(`role_${role}`)])) as Record<Fact['role'], string>;
}

/** Fills `root` with the view of `f`; returns the element to focus first. */
export function renderFact(root: HTMLElement, f: ViewFact, state: ViewState, on: ViewHandlers): HTMLElement {
  const doc = root.ownerDocument;
  root.replaceChildren();
  const e = f.entity;
  // Labels and buttons are in the reader's language, so the box follows it;
  // pieces of page text inside get dir="auto" and keep their own direction.
  root.setAttribute('dir', /^(ar|fa|he|ur|ps|sd|ckb|yi)\b/i.test(state.locale) ? 'rtl' : 'ltr');
  root.dataset.textDir = dirOf(e.text);
  root.setAttribute('aria-label', `${kindLabel(e.type)}: ${e.text}`);
  root.append(el(doc, 'div', 'kind', kindLabel(e.type)));

  if (e.type === 'company') {
    const name = el(doc, 'div', 'main', e.canonical);
    name.setAttribute('dir', 'auto');
    root.append(name);
    const kind = t(KIND_KEYS[e.kind] ?? 'kindCompany');
    root.append(el(doc, 'div', 'meta', e.ticker ? `${kind} · ${e.ticker}` : kind));
    if (e.description) {
      const desc = el(doc, 'p', 'desc', e.description);
      desc.setAttribute('dir', 'auto');
      root.append(desc);
    }
  } else {
    const lines = figureLines(e, state.locale);
    const main = el(doc, 'div', 'main', lines.main);
    main.setAttribute('dir', 'auto');
    root.append(main);
    if (lines.english) {
      const en = el(doc, 'div', 'line', lines.english);
      en.setAttribute('dir', 'ltr');
      en.setAttribute('lang', 'en');
      root.append(en);
    }
    if (lines.range) root.append(el(doc, 'div', 'line', `${t('tipRange')}: ${lines.range}`));
    if (e.type === 'money') {
      const inferred = e.currencyInferred ? ` (${t('currencyInferred')})` : '';
      root.append(el(doc, 'div', 'meta', `${t('tipCurrency')}: ${currencyName(e.currency, state.locale)} · ${e.currency}${inferred}`));
    }
    if (e.qualifier) {
      const q = t(`qual_${e.qualifier.replace('-', '_')}`);
      root.append(el(doc, 'div', 'meta', `${t('tipQualifier')}: ${q}`));
    }
  }
  if (f.fact) {
    const line = el(doc, 'div', 'fact', factLine(f.fact, state.locale, verbs()));
    line.setAttribute('dir', 'auto');
    root.append(line);
  }

  const actions = el(doc, 'div', 'actions');
  const save = button(doc, state.saved ? t('tipUnsave') : t('save'), on.toggleSave);
  save.setAttribute('aria-pressed', String(state.saved));
  const form = el(doc, 'form');
  form.hidden = !state.note;
  const input = el(doc, 'input');
  input.type = 'text';
  input.value = state.note;
  input.setAttribute('aria-label', t('tipNote'));
  form.append(input, el(doc, 'button', undefined, t('tipNoteSave')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    on.saveNote(input.value);
  });
  const noteBtn = button(doc, t('tipNote'), () => {
    form.hidden = false;
    input.focus();
  });
  const notIt = e.type === 'company' ? t('tipNotCompany')
    : e.type === 'money' ? t('tipNotAmount') : t('tipNotPercent');
  actions.append(save, noteBtn, button(doc, t('tipCopy'), () => on.copy(copyText(f, state.locale))), button(doc, notIt, on.suppress),
    button(doc, t('tipLibrary'), on.openLibrary), button(doc, t('tipClose'), on.close));
  const status = el(doc, 'div', 'status');
  status.setAttribute('role', 'status');
  root.append(actions, form, status);
  return save;
}

export function setStatus(root: HTMLElement, text: string): void {
  const s = root.querySelector('.status');
  if (s) s.textContent = text;
}
