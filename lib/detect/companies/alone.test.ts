import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { capitalAlone } from './alone.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);
/** capitalAlone on the first `name` in a one-sentence text. */
const alone = (text: string, name: string) => {
  const at = text.indexOf(name);
  return capitalAlone(text, at, at + name.length, 0, text.length);
};

describe('an ambiguous name written with its capital mid-sentence, no cue near', () => {
  it('is the company in English, French and Spanish prose', () => {
    expect(names('Microsoft ya opera allí. Según Expansión, Oracle también ha visitado los terrenos.')).toContain('Oracle');
    expect(names('Nvidia suit le dossier. Les équipes travaillaient déjà avec Notion avant la fusion.')).toEqual(['Nvidia', 'Notion']);
    expect(names('Nvidia said so. The team had worked with Stripe for years before that.')).toEqual(['Nvidia', 'Stripe']);
  });

  it('counts only in a text that surely names some company, and only in Latin prose', () => {
    expect(names('The team had worked with Stripe for years before that.')).toEqual([]);
    expect(names('Nvidia said so. We ate an Apple on the way home.')).toEqual(['Nvidia']);
    expect(names('قالت Nvidia ذلك. وأعلنت Meta عن خطة.')).toEqual(['Nvidia']);
  });

  it('is not one word of a longer proper noun, a place or a numbered list', () => {
    expect(alone('We met Harrison Ford there.', 'Ford')).toBe(false);
    expect(alone('They drove to Orange County later.', 'Orange')).toBe(false);
    expect(alone('It serves 40% of the Fortune 500 today.', 'Fortune')).toBe(false);
    expect(alone('A plant opens in Salzgitter next year.', 'Salzgitter')).toBe(false);
    expect(alone('An Orange-backed fund grew.', 'Orange')).toBe(false);
  });

  it('is no place, body or thing after a preposition, "the" or a kind of place', () => {
    const lead = 'Microsoft raised prices. ';
    for (const text of ['Flights from Liverpool were cancelled.', 'The mayor of Liverpool spoke.', 'Musk wants to land people on Mars soon.',
      'Nobody has walked on the Moon since the Apollo era ended.', 'Ships sail around Africa instead of through Suez now.',
      'El tren llegó a la ciudad de Santander por la tarde.', 'Experts say it passes the Turing test easily.']) {
      expect(names(lead + text)).toEqual(['Microsoft']);
    }
    // "de" before a firm is common, and Spanish "a" is "to".
    expect(names('Microsoft subió precios. Las acciones de Santander cayeron.')).toEqual(['Microsoft', 'Santander']);
    expect(names('Microsoft subió precios. Los empleados se pasaron a Oracle tras el cierre.')).toEqual(['Microsoft', 'Oracle']);
  });

  it('is no one-word part of a person\'s name or of a longer proper noun', () => {
    const lead = 'Microsoft raised prices. ';
    expect(names(lead + 'Visitors admired a portrait by Leonardo da Vinci last week.')).toEqual(['Microsoft']);
    expect(names(lead + 'Serena Williams spoke, and fans cheered when Serena arrived.')).toEqual(['Microsoft']);
    expect(names(lead + 'Sales fell, while Rest of World grew.')).toEqual(['Microsoft']);
    // A capital that opens a sentence ("But Oracle") is no given name; once the name counts, it counts there too.
    expect(names(lead + 'But Oracle did not. Analysts expect that Oracle will follow.')).toEqual(['Microsoft', 'Oracle', 'Oracle']);
  });

  it('is not a surname the text gives a first name elsewhere', () => {
    expect(names('Nvidia said so. The actor Harrison Ford spoke. Then, as expected, Ford left early.')).toEqual(['Nvidia']);
  });

  it('reads French "des" and an upper-case MIT as no German', () => {
    expect(names('Microsoft a relevé ses prix. Selon Les Échos, Oracle a aussi visité des terrains.')).toContain('Oracle');
  });

  it('reads no capital in a German sentence, where every noun has one', () => {
    expect(names('SAP meldet Rekord. Anleger setzen verstärkt auf Evolution statt Revolution.')).toEqual(['SAP']);
    expect(alone('Er liest lieber Die Zeit und den Stern am Morgen.', 'Stern')).toBe(false);
    expect(names('Siemens meldet das. Er liest lieber den Stern und die Welt am Morgen.')).toEqual(['Siemens']);
  });

  it('leaves acronyms of three letters or fewer to their cues', () => {
    expect(alone('They chose ING last year.', 'ING')).toBe(false);
  });
});
