import { describe, expect, it } from 'vitest';
import { siteOf, textFragmentUrl } from './format';

describe('textFragmentUrl', () => {
  it('links to prefix-,exact,-suffix with whole words and escaped dashes and commas', () => {
    const url = textFragmentUrl('https://news.example/a#top', {
      prefix: 'ompany OpenAI said Wednesday it ',
      exact: '$6.6 billion',
      suffix: ' in new funding, led by Thrive-Cap',
    });
    expect(url).toBe('https://news.example/a#:~:text=OpenAI%20said%20Wednesday%20it-,%246.6%20billion,-in%20new%20funding%2C%20led%20by');
  });

  it('keeps short windows whole: they reach the start or end of the text', () => {
    expect(textFragmentUrl('https://x.example/', { prefix: 'Raised ', exact: '10%', suffix: '.' })).toBe(
      'https://x.example/#:~:text=Raised-,10%25,-.',
    );
  });

  it('drops a prefix or suffix that is one cut word, and escapes dashes inside the fact', () => {
    const url = textFragmentUrl('https://x.example/p', {
      prefix: 'x'.repeat(32),
      exact: 'Series-B',
      suffix: 'y'.repeat(32),
    });
    expect(url).toBe('https://x.example/p#:~:text=Series%2DB');
  });

  it('encodes Arabic text', () => {
    const url = textFragmentUrl('https://ar.example/n', { prefix: '', exact: '٦٫٦ مليار دولار', suffix: '' });
    expect(decodeURIComponent(url.split('text=')[1]!)).toBe('٦٫٦ مليار دولار');
  });
});

describe('siteOf', () => {
  it('gives the host without www, and nothing for a bad URL', () => {
    expect(siteOf('https://www.news.example/x')).toBe('news.example');
    expect(siteOf('not a url')).toBe('');
  });
});
