/**
 * Acronyms that name a firm and a kind of investor alike: CVC is CVC Capital
 * Partners, and also any "corporate venture capital" arm. An article that
 * spells the term out somewhere means the term wherever it writes the letters.
 */
const SPELLED_OUT: Record<string, RegExp> = {
  CVC: /corporate[- ]venture[- ]capital|コーポレート・?ベンチャー・?キャピタル|企业风险投资|企業風險投資|capital[- ]risque d.entreprise|capital de riesgo corporativo/i,
};

/** Is the name at `start`..`end` an acronym the article spells out as a common noun? */
export function genericAcronym(text: string, start: number, end: number): boolean {
  const term = SPELLED_OUT[text.slice(start, end)];
  return !!term && term.test(text);
}
