/**
 * Per-company summaries for the popup. News reports one deal many times (wire copy,
 * translations), so figures are clustered into deals before anything is summed.
 */
import type { CompanyKind, FactRole } from '../detect/types.ts';
import { queryLibrary, type LibraryItem, type LibraryQuery } from './query.ts';

export interface Deal {
  company: string;
  role: FactRole | null;
  /** The deal's figure: the earliest report's value (reports agree within 1%). */
  value: number;
  currency: string;
  items: LibraryItem[];
  /** Distinct pages reporting the deal. */
  sources: number;
}

export interface CompanySummary {
  company: string;
  kind: CompanyKind | null;
  /**
   * Per currency, the sum of the company's distinct deals of role 'raised': money
   * the company took in. Valuations, revenue, spending and investments it made are
   * not summed (adding a valuation to a round would double count).
   */
  totals: { currency: string; value: number }[];
  /** Distinct pages mentioning the company at all. */
  sources: number;
  latest: LibraryItem | null;
  deals: Deal[];
}

/** Two reports are the same deal when their values differ by at most this share. */
export const SAME_DEAL_TOLERANCE = 0.01;

function clusterDeals(company: string, figures: LibraryItem[]): Deal[] {
  const groups = new Map<string, LibraryItem[]>();
  for (const it of figures) {
    const k = `${it.role ?? ''}\u0000${it.currency}`;
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  const deals: Deal[] = [];
  for (const group of groups.values()) {
    // Sorted by value, a report joins the open deal while within tolerance of its anchor: linear after the sort.
    group.sort((a, b) => a.value! - b.value! || a.created - b.created);
    let open: { anchor: number; items: LibraryItem[] } | null = null;
    const runs: LibraryItem[][] = [];
    for (const it of group) {
      const v = it.value!;
      if (open && Math.abs(v - open.anchor) <= SAME_DEAL_TOLERANCE * Math.abs(open.anchor)) {
        open.items.push(it);
      } else {
        open = { anchor: v, items: [it] };
        runs.push(open.items);
      }
    }
    for (const items of runs) {
      const first = items.reduce((a, b) => (b.created < a.created ? b : a));
      deals.push({
        company,
        role: first.role,
        value: first.value!,
        currency: first.currency!,
        items,
        sources: new Set(items.map((i) => i.url)).size,
      });
    }
  }
  return deals.sort((a, b) => b.value - a.value || a.currency.localeCompare(b.currency));
}

export function summarizeItems(items: LibraryItem[]): CompanySummary[] {
  const byCompany = new Map<string, LibraryItem[]>();
  for (const it of items) {
    if (!it.company) continue;
    const g = byCompany.get(it.company);
    if (g) g.push(it);
    else byCompany.set(it.company, [it]);
  }
  const out: CompanySummary[] = [];
  for (const [company, group] of byCompany) {
    const figures = group.filter((i) => i.type === 'money' && i.value !== null && i.currency);
    const deals = clusterDeals(company, figures);
    const totals = new Map<string, number>();
    for (const d of deals) if (d.role === 'raised') totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.value);
    out.push({
      company,
      kind: group.find((i) => i.companyKind)?.companyKind ?? null,
      totals: [...totals].map(([currency, value]) => ({ currency, value })).sort((a, b) => a.currency.localeCompare(b.currency)),
      sources: new Set(group.map((i) => i.url)).size,
      latest: group.reduce((a, b) => (b.updated > a.updated ? b : a)),
      deals,
    });
  }
  return out.sort((a, b) => (b.latest?.updated ?? 0) - (a.latest?.updated ?? 0) || a.company.localeCompare(b.company));
}

/** Summaries of the companies in the query's results (offset and limit ignored). */
export async function summarizeCompanies(q: LibraryQuery = {}): Promise<CompanySummary[]> {
  const { items } = await queryLibrary({ ...q, offset: 0, limit: undefined });
  return summarizeItems(items);
}
