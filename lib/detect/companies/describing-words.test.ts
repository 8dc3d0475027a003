import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);

describe('words that describe rather than name', () => {
  it('reads no name in "a San Francisco-based AI answer engine"', () => {
    expect(names('Publishers sued Parallax Search, a San Francisco-based AI answer engine, on Monday.')).toEqual([]);
  });

  it('drops a place of several words before "-based" or "-backed"', () => {
    expect(names('He joined Bay Area-based Nimbus AI in May.')).toEqual(['Nimbus AI']);
    expect(names('Abu Dhabi-backed Orbis Labs raised $5 million.')).toEqual(['Orbis Labs']);
  });

  it("drops a country's possessive before an investor", () => {
    expect(names("The round was led by Norway's Aker, with participation from Nokia.")).toEqual(['Aker', 'Nokia']);
    expect(names("Backed by Moody's Analytics.")).toEqual(["Moody's Analytics"]);
  });

  it('reads no apposition in a reporting clause', () => {
    expect(names('Northlight will build a campus near Teesside, the company said.')).toEqual([]);
    expect(names('Il a investi à Lyon, la société a précisé lundi.')).toEqual([]);
    expect(names('Nvidia invested in Qorvane, a startup based in Paris.')).toEqual(['Nvidia', 'Qorvane']);
  });
});

describe('known names in their grammar', () => {
  it("takes an acronym's German genitive s", () => {
    expect(names('Die Technologie soll in SAPs Assistenten integriert werden.')).toEqual(['SAP']);
  });

  it("takes a paper's ambiguous name after a word for a newspaper", () => {
    expect(names('La cifra la publicó el diario El Financiero el martes.')).toEqual(['El Financiero']);
    expect(names('El financiero del grupo lo dijo.')).toEqual([]);
  });
});
