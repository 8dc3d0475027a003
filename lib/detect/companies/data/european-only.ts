import { aliasKey } from '../sorted-names.ts';
import { EUROPEAN_ORGS } from './european-orgs.ts';

/**
 * Aliases that only French, German or Spanish text writes: an institution's
 * name in those languages ("Banque européenne d'investissement"), or a German
 * name inflected ("der Deutschen Bank"). The European chunk carries them
 * (compact.ts, ShippedParts.europe), so a page in English pays nothing for
 * them. Names English news also writes as they are (Société Générale,
 * Caisse des Dépôts, El País) stay with every page. data.test.ts checks each
 * is an alias the gazetteer has.
 */
const ALIASES = [
  // The European Investment Bank and Fund, the African and Inter-American development banks, the IFC.
  "Banque européenne d'investissement", 'Europäische Investitionsbank', 'Europäischen Investitionsbank', 'Banco Europeo de Inversiones',
  "Fonds européen d'investissement", 'Europäische Investitionsfonds', 'Europäischen Investitionsfonds', 'Europäischer Investitionsfonds',
  'Fondo Europeo de Inversiones', 'Banque africaine de développement', 'Banco Interamericano de Desarrollo',
  'Corporación Financiera Internacional', 'Société financière internationale',
  // German inflections after an article ("der Deutschen Telekom", "der Süddeutschen Zeitung").
  'Deutschen Bank', 'Deutscher Bank', 'Deutschen Telekom', 'Deutschen Presse-Agentur', 'Frankfurter Allgemeinen Zeitung', 'Neuen Zürcher Zeitung',
  'Süddeutschen Zeitung', 'Sächsischen Zeitung', 'Badischen Neuesten Nachrichten', 'Deutschen Börse',
  // Names English news gives in English or as an acronym: Munich Re, the Schwarz Group, Desjardins Securities, RTE,
  // CFE, SETT, SEPI.
  'Münchener Rück', 'Schwarz Gruppe', 'Schwarz-Gruppe', 'Valeurs mobilières Desjardins', "Réseau de transport d'électricité",
  'Comisión Federal de Electricidad', 'Comision Federal de Electricidad',
  'Sociedad Española para la Transformación Tecnológica', 'Sociedad Estatal de Participaciones Industriales',
];

/** Those aliases, and every name of the organizations only the European chunk carries, as the index keys them. */
export const EUROPEAN_ONLY: ReadonlySet<string> = new Set([...ALIASES, ...EUROPEAN_ORGS.flatMap((o) => [o.name, ...o.aliases])].map(aliasKey));
