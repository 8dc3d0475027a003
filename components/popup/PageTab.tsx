/**
 * The active tab's facts as a list: the accessible alternative to the page's
 * highlights, with save and dismiss for each.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { AnnotationStatus, FoundFact } from '@/lib/messaging/protocol';
import { errorText, usePopup } from './context';
import { siteOf, typeLabel, valueLabel } from './format';
import { SiteToggle } from './SiteToggle';
import type { PageFacts } from './types';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; host: string; failed?: boolean }
  | { kind: 'ready'; facts: PageFacts; host: string };

const readable = (url: string | null) => !url || /^https?:/i.test(url);

export function PageTab() {
  const { data, showError } = usePopup();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState<Record<string, AnnotationStatus>>({});

  useEffect(() => {
    let live = true;
    (async () => {
      const tab = await data.activeTab();
      if (tab.id === null || !readable(tab.url)) return { kind: 'unavailable', host: '' } as State;
      const res = await data.pageFacts(tab.id);
      if (!res.ok) {
        showError(`${t('pageUnreachable')} (${res.error})`);
        return { kind: 'unavailable', host: siteOf(tab.url ?? ''), failed: true } as State;
      }
      setStatus(Object.fromEntries(res.value.known.map((k) => [k.key, k.status])));
      return { kind: 'ready', facts: res.value, host: siteOf(tab.url ?? res.value.page.url) } as State;
    })().then(
      (next) => live && setState(next),
      (e) => {
        if (!live) return;
        showError(errorText(e));
        setState({ kind: 'unavailable', host: '', failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [data, showError]);

  if (state.kind === 'loading') return <p class="empty">{t('loading')}</p>;
  if (state.kind === 'unavailable')
    return (
      <>
        {state.host && <SiteToggle host={state.host} />}
        {!state.failed && <p class="empty">{t('pageUnavailable')}</p>}
      </>
    );

  const { page, facts, orphans } = state.facts;
  async function mark(fact: FoundFact, next: AnnotationStatus) {
    const res = await data.setFactStatus(page, fact, next);
    if (res.ok) setStatus((s) => ({ ...s, [fact.key]: next }));
    else showError(res.error);
  }

  return (
    <>
      <SiteToggle host={state.host} />
      {facts.length === 0 ? (
        <p class="empty">{t('pageNoFacts')}</p>
      ) : (
        <ul class="cards" aria-label={t('pageFactsLabel', facts.length)}>
          {facts.map((fact) => (
            <PageFact key={fact.key} fact={fact} status={status[fact.key] ?? 'auto'} onMark={(s) => mark(fact, s)} />
          ))}
        </ul>
      )}
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-title">
          <h2 id="orphans-title">{t('orphansTitle')}</h2>
          <ul aria-labelledby="orphans-title">
            {orphans.map((o) => (
              <li key={o.key}>
                <span class={`chip chip-${o.type}`}>{typeLabel(o.type)}</span> <bdi class="fact-text">{o.selector.exact}</bdi>
                {o.note && <span class="meta"> — <bdi>{o.note}</bdi></span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function PageFact({ fact, status, onMark }: { fact: FoundFact; status: AnnotationStatus; onMark(s: AnnotationStatus): void }) {
  const e = fact.entity;
  const value = valueLabel({
    type: e.type,
    value: e.type === 'company' ? null : e.value,
    currency: e.type === 'money' ? e.currency : null,
    currencyInferred: e.type === 'money' && !!e.currencyInferred,
    companyKind: e.type === 'company' ? e.kind : null,
  });
  const company = e.type === 'company' ? e.canonical : fact.fact?.company;
  const saved = status === 'saved';
  const dismissed = status === 'dismissed';
  return (
    <li class={`card${dismissed ? ' is-dismissed' : ''}`}>
      <div class="card-head">
        <span class={`chip chip-${e.type}`}>{typeLabel(e.type)}</span>
        <bdi class="fact-text">{e.text}</bdi>
        {e.type !== 'company' && <Value text={e.text} label={value} />}
        {e.type === 'money' && e.currencyInferred && <Inferred />}
      </div>
      {company && company !== e.text && <div class="company">{company}</div>}
      {fact.context && <p class="context" dir="auto">{fact.context}</p>}
      <div class="actions">
        <button type="button" class="button" aria-pressed={saved} onClick={() => onMark(saved ? 'auto' : 'saved')}
          aria-label={t(saved ? 'unsaveFact' : 'saveFact', e.text)}>
          {t(saved ? 'saved' : 'save')}
        </button>
        <button type="button" class="button subtle" aria-pressed={dismissed} onClick={() => onMark(dismissed ? 'auto' : 'dismissed')}
          aria-label={t(dismissed ? 'undismissFact' : 'dismissFact', e.text)}>
          {t(dismissed ? 'dismissed' : 'dismiss')}
        </button>
      </div>
    </li>
  );
}

export function Inferred() {
  return (
    <span class="inferred" title={t('currencyInferredLong')}>
      {t('currencyInferred')}
    </span>
  );
}

/** The normalized value, unless it would only repeat the text ("40%" → "40%"). */
export function Value({ text, label }: { text: string; label: string }) {
  // Intl wraps signs in bidi marks (U+200E/F, U+061C) for Arabic: those do not make it different.
  const bare = (s: string) => s.replace(/[\s\u200e\u200f\u061c]/g, '');
  const same = bare(label) === bare(text);
  return same ? null : <bdi class="value">{label}</bdi>;
}
