import { describe, expect, it } from 'vitest';
import { seen } from './testkit.ts';

describe('not money', () => {
  it.each([
    'In 2025 the company grew.',
    'It runs on 100,000 H100 chips and A100 GPUs.',
    'Grok 5 and GPT-4 were compared with Llama-3 70B.',
    'Call +1 555 123 4567 or 020 7946 0958.',
    'on 12.03.2025 at 10:30',
    'pouring billions into the lab',
    'the billions it spends',
    'one million users signed up',
    'a million downloads',
    'قدرت بـ157 مليارًا',
    'عشرات المليارات من الاستثمارات',
    'مليون مستخدم',
    'versions 1.2.3 and 4.5.6',
    'PHP 8.3 shipped, P5 students passed, N95 masks sold and lot N 2,000 moved.',
    'a 5G network with 3D chips and 4o',
    'tens of billions of dollars',
    'des milliards d\'euros',
    'Milliarden Euro',
    'millones de dólares',
    '几十亿美元',
    'Colossus 2 in Memphis with 2 GW',
    '2吉瓦的电力和5年',
    'a billion-dollar valuation',
    '5 billion parameters',
    'see https://example.com/a%20b for 5 more',
    'a 157 milliards de valorisation',
  ])('%s', (text) => {
    expect(seen(text).filter((f) => f.type === 'money')).toEqual([]);
  });

  it('keeps a year apart from the amount after it', () => {
    expect(seen('In 2025 $20 billion was raised').map((f) => f.text)).toEqual(['$20 billion']);
  });

  it('does not take "20 $" to be an amount when the sign opens the next one', () => {
    expect(seen('round 20 $5 billion').map((f) => f.text)).toEqual(['$5 billion']);
  });
});
