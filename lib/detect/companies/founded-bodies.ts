/**
 * One list for the readers of founding years in Latin text (caps-leads.ts) and in Han and kana text (latin-in-han.ts,
 * solid-names-ja.ts), in a module of its own so no chunk takes another's readers with it.
 *
 * Bodies a sentence may say were founded, which are no firms: an initialism the gazetteer does not know (NATO,
 * UNICEF) or a school, an institute, a foundation, an agency, a party (Stanford Universityは1885年に設立).
 */
export const FOUNDED_NOT_FIRM = /^[A-Z]{2,6}$|\b(?:University|Institute|Foundation|Agency|Organi[sz]ation|Alliance|Council|Association|Society|School|College|Commission|Party)$/;
