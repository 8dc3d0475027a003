/** One entry per company: money per currency, how many sources, the deals and the facts behind them. */
import { useEffect, useState } from 'preact/hooks';
import { formatMoney, languageName, t, uiLocale } from '@/lib/i18n';
import { usePopup } from './context';
import { siteOf, textFragmentUrl, valueLabel } from './format';
import type { CompanySummary, Deal } from './types';

const SEARCH_DELAY_MS = 200;

export function sourcesLabel(count: number, locale = uiLocale()): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? t('sourcesOne', count) : t('sourcesOther', count);
}

export function CompaniesTab() {
  const { data, showError } = usePopup();
  const [search, setSearch] = useState('');
  const [list, setList] = useState<CompanySummary[] | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      data.summarizeCompanies(search ? { search } : undefined).then(
        (res) => live && setList(res),
        (e) => live && showError(e),
      );
    }, search ? SEARCH_DELAY_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [data, showError, search]);

  return (
    <div class="companies">
      <input type="search" class="search" value={search} placeholder={t('companySearchPlaceholder')} aria-label={t('companySearchLabel')}
        onInput={(e) => setSearch(e.currentTarget.value)} />
      {!list ? (
        <p class="empty">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p class="empty">{t('companiesEmpty')}</p>
      ) : (
        <ul class="cards" aria-label={t('companiesListLabel', list.length)}>
          {list.map((c) => <CompanyCard key={c.company} summary={c} />)}
        </ul>
      )}
    </div>
  );
}

function CompanyCard({ summary }: { summary: CompanySummary }) {
  const totals = summary.totals.map((x) => formatMoney(x.value, x.currency)).join(' · ');
  return (
    <li class="card company-card">
      <details>
        <summary>
          <span class="company-name"><bdi>{summary.company}</bdi></span>
          <span class="meta">{sourcesLabel(summary.sources)}</span>
          {totals && <span class="value totals">{totals}</span>}
        </summary>
        {summary.latest && summary.latest.type !== 'company' && (
          <p class="latest">
            {t('latestFigure')} <bdi class="fact-text">{summary.latest.text}</bdi>{' '}
            <span class="value">{valueLabel(summary.latest)}</span>
          </p>
        )}
        {summary.deals.length > 0 && (
          <ul class="deals" aria-label={t('dealsLabel', summary.company)}>
            {summary.deals.map((deal, i) => <DealRow key={i} deal={deal} />)}
          </ul>
        )}
      </details>
    </li>
  );
}

function DealRow({ deal }: { deal: Deal }) {
  const { data, showError } = usePopup();
  return (
    <li class="deal">
      <div class="deal-head">
        <span class="chip">{t(`role_${deal.role ?? 'other'}` as 'role_raised')}</span>
        <span class="value">{formatMoney(deal.value, deal.currency)}</span>
        <span class="meta">{sourcesLabel(deal.sources)}</span>
      </div>
      <ul class="deal-items">
        {deal.items.map((item) => (
          <li key={item.id}>
            <button type="button" class="link-button" onClick={() => data.openTab(textFragmentUrl(item.url, item.selector)).catch(showError)}
              aria-label={t('openSourceOf', item.text)}>
              <bdi>{item.text}</bdi>
            </button>{' '}
            <span class="meta">
              <bdi>{item.page?.site || siteOf(item.url)}</bdi>{item.page?.language ? ` · ${languageName(item.page.language)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
