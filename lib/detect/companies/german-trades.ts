/**
 * German words that say what a business is, alone or as the end of a
 * compound ("Rechenzentrumsbetreiber NorthSea", "KI-Start-up Helvion"): such a
 * word before a capitalized run introduces a name, as a company noun does.
 * Only German text holds them, so they ride with the European chunk
 * (entrypoints/europe.ts) and the content script does without them.
 */
import { groupedAlternation } from './alternation.ts';
import { lowerString } from './chars.ts';
import type { GermanTrades } from './readers/types.ts';

/** How those words end ("Betreiber", "Vermögensverwalters"): lower case, without case endings. */
const GERMAN_TRADE_ENDINGS = ['betreiber', 'investor', 'gesellschaft', 'konzern', 'hersteller', 'anbieter',
  'entwickler', 'spezialist', 'dienstleister', 'fonds', 'versicherer', 'firma', 'unternehmen', 'start-up', 'startup',
  'versorger', 'verwalter', 'agentur', 'zeitung', 'automatisierer', 'plattform', 'sparte', 'abspaltung',
  'tochter', 'ausrüster', 'zulieferer', 'händler', 'vermarkter', 'finanzierer', 'beratung', 'bauer',
  // "Reiseveranstalter Dertour", "Apothekenkette CVS Health", "Wetterdienst Meteomatics", "Mediengruppe RTL".
  'veranstalter', 'kette', 'vermittler', 'portal', 'dienst', 'gruppe', 'verlag', 'reederei',
  // "Elektronikhandelsholding Ceconomy", "das Wettdatengeschäft Fjordline Data" (a business the buyer takes over).
  'holding', 'geschäft',
  // "die KI-Suchmaschine Perplexity", "der Logistiker Fiege", "die Anwaltskanzlei Hengeler Mueller", "der Fernsehsender RTL",
  // "das Fachmagazin JUVE" (and the French "le magazine CIO").
  'suchmaschine', 'logistiker', 'kanzlei', 'boutique', 'sender', 'magazin', 'vermieter', 'broker',
  // "der Cobot-Pionier Franka Emika", "der Fußballklub AS Rom", "der Business-Angel-Club Limmat Legal Angels".
  'pionier', 'klub', 'angel-club', 'angel-netzwerk', 'angels-netzwerk',
  // "den Marktführer Deere & Company", "der Konkurrent Claas", "die Wettbewerber Lely und Kuhn".
  'marktführer', 'konkurrent', 'wettbewerber',
  // "der Londoner Kreditgeber Claret Capital Partners", "das Hamburger Family Office Elbstrom Beteiligungen".
  'geber', 'office',
  // "des Marktforschers Orbana", "das Analysehaus Pitchbook": where figures come from.
  'marktforscher', 'analysehaus',
  // "das größte deutsche Geldhaus", "das Kreditinstitut Sygnum".
  'geldhaus', 'softwarehaus', 'geldinstitut', 'kreditinstitut', 'beratungshaus',
  // English sector words German writes as nouns, compounded too: "das Berliner Klima-Fintech Karbonik GmbH".
  'fintech', 'insurtech', 'proptech', 'legaltech', 'healthtech', 'medtech', 'cleantech', 'edtech', 'foodtech', 'agritech'];
/** Those of them a person may be called too ("Datenspezialist"): a two-word name after one may be a person's. */
// A builder too: Bauer is a surname, and a farmer ("Raketenbauer", "Autobauer" are firms).
const GERMAN_PERSON_ENDINGS = ['investor', 'entwickler', 'spezialist', 'dienstleister', 'verwalter', 'automatisierer',
  'händler', 'vermarkter', 'finanzierer', 'versicherer', 'bauer', 'pionier', 'marktforscher'];

// With the genitive's -es too: "des Branchendienstes Meedia".
const endingsRe = (endings: string[], before = '(?:^|[\\p{Ll}-])') => new RegExp(`${before}(?:${endings.join('|')})(?:s|n|en|e|es)?$`, 'u');
const TRADE = endingsRe(GERMAN_TRADE_ENDINGS);
/** The word itself, not a compound's end: lower case, only that is one ("le magazine CIO"); "eingesparte" is no "Sparte". */
const WHOLE = endingsRe(GERMAN_TRADE_ENDINGS, '^');
const BUSINESS = endingsRe(GERMAN_TRADE_ENDINGS.filter((w) => !GERMAN_PERSON_ENDINGS.includes(w)));

export const GERMAN_TRADES: GermanTrades = {
  kind(word) {
    // The French and English noun is lower case: a capital one opens a name ("la minorista Magazine Luiza").
    if (word === 'Magazine') return '';
    const w = lowerString(word);
    // A German noun, compound or not, has a capital; a small word is one only as the whole trade word.
    if (!TRADE.test(w) || (w === word && !WHOLE.test(w))) return '';
    return BUSINESS.test(w) ? 'noun' : 'trade';
  },
  // Found in the lower-cased text, so cue-spots.ts checks the capital after it in the text itself.
  spot: new RegExp(`(?:${groupedAlternation(GERMAN_TRADE_ENDINGS)})(?:s|n|en|e|es)?[ \\t]+`, 'g'),
};
