/**
 * An ambiguous name (Oracle, Meta, Stripe, Orange) written with its capital
 * in the middle of a sentence that has no other cue: "Según Expansión, Oracle
 * también ha visitado los terrenos". In English, French and Spanish prose a
 * capital there marks a proper noun, and a one-word gazetteer name standing
 * alone is the company far more often than the word. The capital proves
 * nothing where the name is one word of a longer proper noun (Harrison Ford,
 * Orange County, Leonardo da Vinci), a place or a thing after a preposition
 * or "the" (flights from Liverpool, on Mars, the Turing test), a model or
 * index before a number (Fortune 500), or German, which capitalizes every
 * noun (die Zeit, der Index).
 */
const CAPITAL = /^\p{Lu}/u;
/** A neighbour word's capital, past any quote or bracket that opens it ("„Alpenblick"). */
const CAPITAL_WORD = /^[^\p{L}\p{N}]*\p{Lu}/u;
const WORD_BEFORE = /(\S+)\s+$/u;
const WORD_AFTER = /^\s+(\S+)/u;
/**
 * Words that put a place, a thing or a person's part of name after them; an
 * indefinite article makes it a thing ("an Apple", "une Orange"). English "a"
 * stays out: "a Stripe spokesman" is the firm's, and "a" is "to" in Spanish.
 */
const NOT_FIRM_BEFORE = new Set([
  'in', 'at', 'near', 'from', 'to', 'of', 'on', 'across', 'through', 'around', 'into', 'onto', 'towards', 'via', 'the',
  'à', 'au', 'aux', 'en', 'vers', 'le', 'la', 'les', 'el', 'los', 'las', 'desde', 'hacia', 'cerca', 'hasta',
  'nach', 'bei', 'aus', 'im', 'an', 'un', 'une', 'una', 'da', 'di', 'van', 'von', 'del', 'bin',
]);
/** "la ciudad de Santander": "de" before a firm is common ("acciones de Santander"), after a kind of place it names one. */
const PLACE_OF = /(?:ciudad|ville|city|región|région|provincia|province|puerto|port|town|pueblo|isla|île|island|estado|state)\s+(?:de|d'|del|of)\s+$/i;
/** A particle that goes on into a surname: "Leonardo da Vinci", "Ludwig van Beethoven". */
const PARTICLE_AFTER = /^(?:da|de|di|del|van|von|bin|al|le|la)$/;
/**
 * Words German sentences have and French, Spanish and English ones do not
 * (written as German writes them: "MIT" and French "des" are not among them),
 * or a letter only German writes; one in the sentence leaves its capitals unread.
 */
const GERMAN = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|und|ist|sind|mit|für|nicht|auch|wird|wurde|auf|von|vom|zum|zur|bei|sich|hat|haben|werden|oder|aber|wie|dass|über|eine?[mnrs]?)\s|[äöüß]/;
const NUMBER_AFTER = /^\s*\d/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
/** Where a sentence or a quote starts: a capital after it opens the sentence, it marks no name. */
const OPENS = /(?:^|[.!?:;"“«(\n])\s*$/;
/** Words after a firm's name that make it no person's: "Stripe Inc", "Serena Capital". */
const FIRM_WORD = /^(?:Inc|Corp|Ltd|Group|Holdings|Technologies|Labs|Capital|Ventures|Partners|Cloud|Platforms|Energy|Bank)$/;

/**
 * Is the hit [start, end) of `text`, inside the sentence [s, e), a capitalized
 * one-word name standing alone? A capital that opens the sentence is read by
 * other rules (context.ts), so the hit here has a word before it.
 */
export function capitalAlone(text: string, start: number, end: number, s: number, e: number): boolean {
  const name = text.slice(start, end);
  // Three letters or fewer are acronyms as often as names (CVC, ING); several words are any proper noun (Silver Lake).
  if (name.length < 4 || !CAPITAL.test(name) || /\s/.test(name)) return false;
  const head = text.slice(Math.max(s, start - 30), start);
  const before = WORD_BEFORE.exec(head)?.[1];
  // In Arabic or Han text every Latin word has its capital: only Latin prose around it makes the capital news.
  if (!before || !LATIN.test(before) || (CAPITAL_WORD.test(before) && !/[,;:]$/.test(before)) || NOT_FIRM_BEFORE.has(before.toLowerCase()) ||
    PLACE_OF.test(head)) return false;
  const rest = text.slice(end, Math.min(e, end + 30));
  // A hyphen joins it to a compound ("Orange-backed", "Google-Mutter"), which other rules read.
  if (rest.startsWith('-') || NUMBER_AFTER.test(rest)) return false;
  const after = WORD_AFTER.exec(rest)?.[1];
  if (after && !/^[,;:.)]/.test(rest) && (CAPITAL_WORD.test(after) || PARTICLE_AFTER.test(after))) return false;
  if (GERMAN.test(text.slice(s, e))) return false;
  return !personal(text, name);
}

/**
 * Is the name anywhere a person's: after a capitalized word inside a sentence
 * (Harrison Ford; not "But Oracle", whose capital opens the sentence), or
 * before a capitalized one (Serena Williams, then Serena alone)?
 */
function personal(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) {
    const head = text.slice(Math.max(0, k - 40), k);
    const before = WORD_BEFORE.exec(head);
    if (before && /^\p{Lu}\p{Ll}+$/u.test(before[1]!) && !OPENS.test(head.slice(0, before.index))) return true;
    const next = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(k + name.length, k + name.length + 20))?.[1];
    if (next && !FIRM_WORD.test(next)) return true;
  }
  return false;
}

/**
 * A person's role, then a capitalized given name, right before the hit: "software engineer Chukwuemeka Obi". Only a
 * role: after another word the capital may be a noun's ("le Mouvement Desjardins", "de Singapur GIC").
 */
const GIVEN_BEFORE = new RegExp(`(?:^|\\s)(?:${[
  'engineer', 'pharmacist', 'founder', 'co-founder', 'cofounder', 'partner', 'analyst', 'economist', 'professor', 'researcher',
  'scientist', 'investor', 'entrepreneur', 'lawyer', 'doctor', 'physician', 'officer', 'executive', 'director', 'manager',
  'banker', 'developer', 'chairman', 'chairwoman', 'ingénieur', 'ingénieure', 'fondateur', 'fondatrice', 'cofondateur',
  'cofondatrice', 'associé', 'associée', 'analyste', 'économiste', 'médecin', 'pharmacien', 'pharmacienne', 'ingeniero',
  'ingeniera', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'socio', 'socia', 'analista', 'economista', 'médico', 'médica',
].join('|')})\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+$`, 'u');

/**
 * Is the ambiguous one-word hit [start, end) a person's surname, after a given
 * name that follows a role ("engineer Chukwuemeka Obi, Alaafia runs …")?
 * A firm in the same sentence proves nothing about it. German capitalizes the
 * noun before a firm ("der Konzern Oracle"), so its sentences are left alone.
 */
export function surnameAlone(text: string, start: number, end: number, s: number, e: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end)) || !GIVEN_BEFORE.test(text.slice(Math.max(s, start - 40), start))) return false;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  return !GERMAN.test(text.slice(s, e));
}

/**
 * A product the article names after its kind ("Son logiciel, baptisé Argus,", "its app, called Argus"): every
 * mention of that ambiguous name is the product's. Not a firm's kind ("une start-up baptisée Argus" is the firm).
 */
const PRODUCT_NAMED = /(?:logiciel|software|plateforme|platform|plataforma|app|application|aplicación|modèle|model|modelo|produit|product|producto|outil|tool|herramienta|puce|chip|système|system|sistema|assistant|asistente|robot)[,]?\s+(?:baptisée?|nommée?|appelée?|dubbed|called|named|llamad[oa]|denominad[oa]|bautizad[oa]|namens|genannt)\s+[«"“„]?\s*$/i;

/** Is the name at `start` a product the article names after its kind (PRODUCT_NAMED)? */
export const productNamed = (text: string, start: number): boolean => PRODUCT_NAMED.test(text.slice(Math.max(0, start - 40), start));

/**
 * Are three capitals [start, end), which a cue showed are a firm's elsewhere in the text ("le géant québécois CGI"),
 * that firm here too? Not where an article and a plain word around them make them a term ("the CVC model").
 */
export function firmAcronym(text: string, start: number, end: number): boolean {
  return /^[A-Z]{3}$/.test(text.slice(start, end)) && !(/^\s\p{Ll}/u.test(text.slice(end, end + 2)) &&
    /(?:^|\s)(?:the|a|an|la|le|les|el|los|un|une|der|die|das|ein|eine)\s$/i.test(text.slice(Math.max(0, start - 5), start)));
}
