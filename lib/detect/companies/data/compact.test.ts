import { describe, expect, it } from 'vitest';
import { decodeGazetteer, encodeGazetteer } from './compact.ts';
import { GAZETTEER } from './index.ts';

describe('the compact gazetteer the extension ships', () => {
  it('round-trips every entry, alias and ambiguity mark of the reviewed data', () => {
    const back = decodeGazetteer(encodeGazetteer(GAZETTEER));
    const canon = (list: typeof GAZETTEER) => list.map((e) => ({
      name: e.name, kind: e.kind, aliases: e.aliases, ambiguous: [...(e.ambiguous ?? [])].sort(),
    }));
    expect(canon(back)).toEqual(canon(GAZETTEER));
  });

  it('refuses entries it cannot carry instead of shipping them wrong', () => {
    expect(() => encodeGazetteer([{ name: 'A|B', kind: 'company', aliases: [] }])).toThrow(/cannot be encoded/);
    expect(() => encodeGazetteer([{ name: 'A', kind: 'company', aliases: [], description: 'x' }])).toThrow(/details/);
  });
});
