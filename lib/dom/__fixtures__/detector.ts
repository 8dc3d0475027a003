/**
 * A tiny stand-in engine for DOM unit tests: the page stage is tested on its
 * own contract (text in, spans out), independent of how good lib/detect is.
 */
import type { DetectOptions, Detection, Entity } from '../../detect/types.ts';

const MONEY = /\$(\d+(?:\.\d+)?) (billion|million)|(\d+) (مليار|مليون) دولار/g;
const PERCENT = /(\d+)%/g;
const COMPANIES: Record<string, string> = { Nvidia: 'Nvidia', 'إنفيديا': 'Nvidia', OpenAI: 'OpenAI' };
const COMPANY = new RegExp(Object.keys(COMPANIES).join('|'), 'g');

export function fakeDetect(text: string, options: DetectOptions = {}): Detection {
  const want = new Set(options.types ?? ['money', 'percent', 'company']);
  const entities: Entity[] = [];
  for (const m of text.matchAll(MONEY)) {
    const n = Number(m[1] ?? m[3]);
    const scale = m[2] === 'million' || m[4] === 'مليون' ? 1e6 : 1e9;
    entities.push({ type: 'money', text: m[0], start: m.index, end: m.index + m[0].length, value: n * scale, currency: 'USD' });
  }
  for (const m of text.matchAll(PERCENT)) {
    entities.push({ type: 'percent', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[1]) });
  }
  for (const m of text.matchAll(COMPANY)) {
    entities.push({ type: 'company', text: m[0], start: m.index, end: m.index + m[0].length, canonical: COMPANIES[m[0]]!, kind: 'company', source: 'gazetteer' });
  }
  return { entities: entities.filter((e) => want.has(e.type)).sort((a, b) => a.start - b.start), facts: [] };
}
