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

  it('is not a surname the text gives a first name elsewhere', () => {
    expect(names('Nvidia said so. The actor Harrison Ford spoke. Then, as expected, Ford left early.')).toEqual(['Nvidia']);
  });

  it('reads no capital in a German sentence, where every noun has one', () => {
    expect(alone('Er liest lieber Die Zeit und den Stern am Morgen.', 'Stern')).toBe(false);
    expect(names('Siemens meldet das. Er liest lieber den Stern und die Welt am Morgen.')).toEqual(['Siemens']);
  });

  it('leaves acronyms of three letters or fewer to their cues', () => {
    expect(alone('They chose ING last year.', 'ING')).toBe(false);
  });
});
