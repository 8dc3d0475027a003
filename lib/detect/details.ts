/**
 * Tooltip details of gazetteer organizations. Not part of `detect`: the
 * background answers the content script with these, so the page never carries them.
 */
import { DETAILS, type OrgDetails } from './companies/data/details.ts';

export type { OrgDetails } from './companies/data/details.ts';

export function companyDetails(canonical: string): OrgDetails | null {
  return Object.hasOwn(DETAILS, canonical) ? DETAILS[canonical]! : null;
}
