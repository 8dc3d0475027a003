/**
 * An apposition after a run of capitalized words says what the run names:
 * "Quorvex, a Paris-based startup", "Lumio, una startup mexicana", "Sowit,
 * spécialiste de l'agritech", "Truora, especializada en pagos".
 */
import { lowerString } from './chars.ts';
import { APPOSED_NOUNS, APPOSED_ROLES, fromLists } from './cue-lexicon.ts';
import { AT_PLACE, companyNoun, cueBefore, FIELD, FIELD_REACH, nounOf, personTrade, romanceAdjective } from './cue-before.ts';
import { READERS } from './readers/registry.ts';
import type { Tok } from './tokens.ts';
import { capital } from './word-shapes.ts';

/**
 * Articles that open an apposition ("Foo, a startup", "Foo, une fintech", "Foo, ein Start-up", "Foo, einer Tochter von"),
 * and "another" ("Acuavisión, otra startup local").
 */
const ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'ein', 'eine', 'einer', 'einem', 'der', 'die', 'das', 'una', 'el',
  'another', 'otra', 'otro', 'autre', 'andere', 'anderes']);
const BARE_ROLES = fromLists(() => new Set(APPOSED_ROLES));
/** What "وهي" (and it is) may say a name is: a company, a platform, a group, a fund. */
const ARABIC_NOUN = /^(?:شركة|منصة|مجموعة|صندوق)$/;
const ROLE_OF = /^(?:de|du|des|del|of|en|in|por|by|at|von|d'.+)$/i;
/** German prepositions fused with an article (ins, im, zum, vom …): a noun follows them, not a name. */
const GERMAN_FUSED = /^(?:ins|im|am|zum|zur|vom|beim|aufs|ans|durchs|fürs|ums)$/;
/** A founding participle with its founders after it, in the same sentence. */
const FOUNDED_BY = /(?:^|[^\p{L}])(?:fundad[oa]s?|founded|fond[ée]e?s?|gegründet|cread[oa]s?|created)[^,.;:]*(?:por|by|par|von)[^.;:]*$/iu;
/** A verb of saying after the noun: the clause reports, as in "…, the company said" or "…, la société a précisé". */
const REPORTING = /^(?:said|says|added|told|announced|stated|wrote|noted|explained|confirmed|disclosed|reported) /;
const reporting = (words: string) => REPORTING.test(words) || !!READERS.reporting?.test(words);
const APPOSED_ONLY = new Set(APPOSED_NOUNS);
const OWNER_OF = /^(?:de|del|of|du|des|von|der)$/i;
const WORKS_AT = /^(?:at|chez|bei)$/;
/** Participles of where a firm sits, before "à", "in" or "en" and its town. */
const SEATED = /^(?:install|bas[ée]|implant|situ|établi|headquartered|located|sediad|ubicad|radicad|domicili|ansässig|sede$)/i;

/**
 * A company noun in the words after the comma, that says what the run is: in
 * "en Argentina, la desarrolladora estadounidense CloudHQ" it introduces the next name instead.
 */
function apposedNoun(text: string, toks: Tok[], rj: number): '' | 'noun' | 'trade' {
  for (let k = rj + 1; k < rj + 7 && k < toks.length; k++) {
    // "Amara Nwosu, a partner at the fund": the noun after "at" is where the person works.
    if (WORKS_AT.test(toks[k]!.w)) return '';
    const noun = nounOf(toks[k]!);
    if (!companyNoun(noun) && !APPOSED_ONLY.has(noun)) continue;
    // "a fund manager", "a bank analyst": the noun only says whom the person works for.
    if (toks[k + 1] && personTrade(nounOf(toks[k + 1]!))) return 'trade';
    // "… near Teesside, the company said": a reporting clause, which says nothing of the words before it.
    if (reporting(`${toks[k + 1]?.w ?? ''} ${toks[k + 2]?.w ?? ''} `)) return '';
    const m = toks.findIndex((t, n) => n > k && n <= k + FIELD_REACH && capital(t.w) && !FIELD.test(t.w));
    // "Triara, la filial de centros de datos de Telmex": a name after "de" or "of" is the owner, not one the noun introduces.
    if (m >= 0 && !OWNER_OF.test(toks[m - 1]!.w) && cueBefore(text, toks, m)) return '';
    // "Nodo Talento, el unicornio barcelonés": no person is a unicorn or a startup, though two plain words may read like a name.
    return personTrade(noun) ? 'trade' : 'noun';
  }
  return '';
}

/** What stands before a sentence's first word, in the few characters before it: a stop or a line's end, then blanks or an opening quote. */
const SENTENCE_OPENS = /(?:^|[.!?;:\n])[\s"'“«(]*$/;
/** A participle of funding or owning and its agent, right after the comma. */
const BACKED_BY = /^(?:(?:backed|funded|owned) by|(?:soutenue?|financée?|détenue?) par|(?:respaldad[oa]|financiad[oa]|participad[oa]) por)$/;

/**
 * The company nouns a lead sets bare after a name; "firma" only before que or an adjective ("firma del acuerdo" is
 * a signing); not "grupo" (a band) nor "agence" (a body).
 */
const BARE_NOUNS = /^(?:empresa|compañía|startup|start-up|spin-off|spinoff|société|entreprise|fintech|pépite|plataforma|plateforme|filial|filiale|firma|fabricante?|éditeur|opérateur|operadora|desarrolladora|fournisseur|constructeur|équipementier|assureur|aseguradora|gestora)$/;
/** What goes on after a bare company noun in a description: "empresa que", "société de", "startup con sede". */
const BARE_GOES_ON = /^(?:que|qui|de|del|du|des|d'.+|con|avec|basad[oa]|basée?|fundad[oa]|fondée?|dedicad[oa]|especializad[oa]|spécialisée?)$/i;

/** Dates or a place in brackets right after the run ("Orvalis (2019-2025), la pépite…"): the apposition follows them. */
const BRACKETED = /^ ?\([^()\n]{1,40}\)(?=,)/;

/** Where the comma that opens the apposition should be, and the last token before it (inside such brackets if any). */
function commaAfter(text: string, toks: Tok[], rj: number): [number, number] {
  const m = BRACKETED.exec(text.slice(toks[rj]!.e, toks[rj]!.e + 44));
  if (!m) return [toks[rj]!.e, rj];
  const comma = toks[rj]!.e + m[0].length;
  let k = rj;
  while (toks[k + 1] && toks[k + 1]!.e <= comma) k++;
  return [comma, k];
}

/**
 * What the apposition after the run [ri, rj] makes of it: `noun` when no
 * person fits what it says (a startup, a lender), `trade` when a person might
 * (a developer, a specialist: then a name that looks like a person's is left
 * alone), or nothing.
 */
export function apposition(text: string, toks: Tok[], ri: number, end: number): '' | 'noun' | 'trade' {
  const [comma, rj] = commaAfter(text, toks, end);
  const art = toks[rj + 1];
  // A Latin name in Arabic text: "Dunecore، وهي شركة ناشئة" ("Dunecore, a startup").
  if (art && text.charCodeAt(comma) === 0x60c) return /^و(?:هي|هو)$/.test(art.w) && ARABIC_NOUN.test(toks[rj + 2]?.w ?? '') ? 'noun' : '';
  // "En Colombia, la plataforma ...": a run a sentence opens with "En" or "In" is a place ("invested in Foo, a startup" is not).
  if (!art || text.charCodeAt(comma) !== 0x2c || AT_PLACE.has(lowerString(toks[ri]!.w))) return '';
  // "Installée à Cambridge, la société …", "Based in Austin, the company …": where the subject is seated.
  if (AT_PLACE.has(toks[ri - 1]?.w ?? '') && SEATED.test(toks[ri - 2]?.w ?? '')) return '';
  // "stürzte ins Meer, das Unternehmen …": after a German preposition fused with its article, a capital is a noun's.
  if (GERMAN_FUSED.test(toks[ri - 1]?.w ?? '')) return '';
  // "le centre Inria de l'Université de Lille, la société …": the run ends a longer proper noun, a place's or a school's.
  if (/^(?:de|of)$/.test(toks[ri - 1]?.w ?? '') && /^\p{Lu}/u.test(toks[ri - 2]?.w ?? '')) return '';
  // "et le Néerlandais Eiso Kant, la société …": a nationality used as a noun, then a person's name.
  if (ri < rj && romanceAdjective(lowerString(toks[ri]!.w))) return '';
  // "Fundada en 2022 por Ana Ruiz y Luis Gil, la empresa vende …": the founders, then the sentence's own subject.
  // The founders may be a list: "par Alexandre Lebrun, Delphine Groll et Martin Raison, la jeune pousse …".
  if (FOUNDED_BY.test(text.slice(Math.max(0, toks[ri]!.s - 120), toks[ri]!.s))) return '';
  // "à Fos-sur-Mer, a annoncé la société": French "a" there is the verb of a reporting clause.
  if (reporting(`${art.w} ${toks[rj + 2]?.w ?? ''} `)) return '';
  if (ARTICLES.has(lowerString(art.w)) || /^l'/i.test(art.w)) return apposedNoun(text, toks, rj);
  // "Surcadia, empresa mexicana que…", "Kerlys, startup nantaise de…": Spanish and French leads drop the article before
  // a company noun; the noun must go on as a description does (an adjective of place, or de/que), not start a list.
  const bare = nounOf(art);
  const on = toks[rj + 2];
  if (BARE_NOUNS.test(bare) && on && text.slice(art.e, on.s) === ' ' &&
    (romanceAdjective(on.w) || (BARE_GOES_ON.test(on.w) && (bare !== 'firma' || on.w === 'que')))) return 'noun';
  // "KoBold Metals, backed by Breakthrough Energy Ventures": investors back a firm; a person is "supported" at most.
  // Only as the sentence's subject: "in Jamnagar, backed by" is a site's, "el producto Future Mobility, respaldado por" a product's.
  if (BACKED_BY.test(lowerString(`${art.w} ${toks[rj + 2]?.w ?? ''}`))) return SENTENCE_OPENS.test(text.slice(Math.max(0, toks[ri]!.s - 8), toks[ri]!.s)) ? 'trade' : '';
  // "Sowit, spécialiste de l'agritech", "Truora, especializada en": a company's role with no article.
  // A town's or country's adjective may come between: "Kerlys Data, spécialiste nantais de l'énergie".
  const of = toks[rj + 2] && romanceAdjective(toks[rj + 2]!.w) ? toks[rj + 3] : toks[rj + 2];
  return BARE_ROLES().has(lowerString(art.w)) && ROLE_OF.test(of?.w ?? '') ? 'trade' : '';
}
