/**
 * The page stage in a real Chromium with the built extension: highlights
 * through the CSS Custom Highlight API, the tooltip, an untouched article DOM,
 * and pages that change after load.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hover, launch, type Session } from './harness.ts';

/** Texts of the ranges in a named highlight, as the page's own world sees them. */
/** The language chunks the page asks for, by file name, as it asks (a chunk may be asked for twice). */
function languageChunks(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/\/(arabic|cjk|han|kana|zhja|europe)\.js$/.test(r.url())) chunks.push(r.url().replace(/.*\//, ''));
  });
  return chunks;
}

function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);
}

async function waitForHighlight(page: Page, name: string, text: string, timeout = 8000): Promise<void> {
  await page.waitForFunction(([n, t]) => [...(CSS.highlights.get(n!) ?? [])].some((r) => r.toString() === t),
    [name, text], { timeout, polling: 100 });
}

/** The tooltip's visible text (its shadow root is open). */
function tooltipOpen(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const tip = document.querySelector('dealmark-tooltip')?.shadowRoot?.querySelector('.tip') as HTMLElement | null;
    return !!tip && !tip.hidden;
  }, undefined, { timeout: 5000 });
}

function tooltipText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const tip = document.querySelector('dealmark-tooltip')?.shadowRoot?.querySelector('.tip') as HTMLElement | null;
    return tip && !tip.hidden ? tip.textContent : null;
  });
}

describeBrowser('page stage in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ locale: 'en-US' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('highlights every amount and company of an Arabic article, and nothing in form fields, scripts or hidden text', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/ar-funding.html`);
    await waitForHighlight(page, 'dealmark-company', 'إنفيديا');
    const money = await highlighted(page, 'dealmark-money');
    const companies = await highlighted(page, 'dealmark-company');
    // The headline's and the lede's "<strong>5</strong> مليار دولار" are each one amount.
    expect(money.filter((m) => m === '5 مليار دولار')).toHaveLength(2);
    expect(money).toEqual(expect.arrayContaining(['700 مليون دولار', '30 مليار دولار', '١٫٢ مليار دولار']));
    expect(await highlighted(page, 'dealmark-percent')).toContain('40%');
    expect(companies).toEqual(expect.arrayContaining(['إنفيديا', 'OpenAI']));
    const all = [...money, ...companies, ...await highlighted(page, 'dealmark-percent')].join(' | ');
    for (const never of ['99', '77', '123', '888', 'Nvidia']) expect(all).not.toContain(never);
    // No range may sit in the comment box, the script or the hidden note.
    const outside = await page.evaluate(() => ['dealmark-money', 'dealmark-company', 'dealmark-percent']
      .flatMap((n) => [...(CSS.highlights.get(n) ?? [])])
      .every((r) => {
        const el = (r as Range).startContainer.parentElement!;
        return !el.closest('aside, script, .hidden-note, textarea');
      }));
    expect(outside).toBe(true);
    await page.close();
  });

  it('reads Chinese and Japanese once their chunk has loaded, and an English page never loads it', async () => {
    const page = await s.newPage();
    const chunks = languageChunks(page);
    await page.goto(`${s.base}/pages/en-funding.html`);
    await waitForHighlight(page, 'dealmark-money', '$18 billion');
    expect(chunks).toEqual([]);
    await page.goto(`${s.base}/pages/cjk-funding.html`);
    await waitForHighlight(page, 'dealmark-company', '英伟达');
    expect(await highlighted(page, 'dealmark-money')).toEqual(expect.arrayContaining(['30亿美元', '200亿美元', '1兆円']));
    // Names that start in Latin letters and go on in CJK come in the CJK chunk too (lib/detect/companies/data/merge-latin.ts).
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(['软银', 'ソフトバンクグループ', 'SKハイニックス', 'LG電子']));
    expect(await highlighted(page, 'dealmark-percent')).toContain('40%');
    // The page holds kana, so the Japanese reader of solid names came with the CJK chunk; and simplified Chinese
    // beside it, so the Han names of both languages came too.
    expect(new Set(chunks)).toEqual(new Set(['cjk.js', 'kana.js', 'zhja.js']));
    await page.close();
  });

  it('brings the Chinese reader of unknown solid names to a Chinese page and the Japanese one to a Japanese page, each alone', async () => {
    // No name here is in the gazetteer: each is read from its ending (科技, 资本, 商事) by that language's reader.
    const pages = [
      { file: 'zh-funding.html', names: ['云杉机器人科技', '青岚资本'], chunk: 'han.js' },
      { file: 'ja-funding.html', names: ['北星商事'], chunk: 'kana.js' },
    ];
    for (const { file, names, chunk } of pages) {
      const page = await s.newPage();
      const chunks = languageChunks(page);
      await page.goto(`${s.base}/pages/${file}`);
      await waitForHighlight(page, 'dealmark-company', names[0]!);
      expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(names));
      expect(new Set(chunks), file).toEqual(new Set(['cjk.js', chunk]));
      await page.close();
    }
  });

  it('finds names written in traditional Chinese, which the Chinese chunk carries in simplified forms only', async () => {
    const page = await s.newPage();
    const chunks = languageChunks(page);
    await page.goto(`${s.base}/pages/zh-hant-funding.html`);
    // The chunk folds the page's text, not the page: the highlight spans the characters as written.
    await waitForHighlight(page, 'dealmark-company', '英偉達');
    expect(await highlighted(page, 'dealmark-company')).toContain('聯發科');
    await hover(page, 'dealmark-company', '英偉達');
    await tooltipOpen(page);
    expect(await tooltipText(page)).toMatch(/Nvidia/);
    expect(new Set(chunks)).toEqual(new Set(['cjk.js', 'han.js']));
    await page.close();
  });

  it('reads French amounts once their chunk has loaded, with the decimal comma', async () => {
    const page = await s.newPage();
    const chunks = languageChunks(page);
    await page.goto(`${s.base}/pages/fr-funding.html`);
    await waitForHighlight(page, 'dealmark-money', "300 millions d'euros");
    expect(await highlighted(page, 'dealmark-money')).toEqual(expect.arrayContaining(["14 milliards d'euros", "1,2 milliard d'euros"]));
    expect(await highlighted(page, 'dealmark-percent')).toContain('40 %');
    // A name only French writes comes with the chunk too (lib/detect/companies/data/european-only.ts).
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(['Bpifrance', "Banque européenne d'investissement"]));
    // So do the organizations only that chunk knows, numbered after all the others (data/european-orgs.ts).
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(["L'Usine Nouvelle", 'Maddyness']));
    expect(new Set(chunks)).toEqual(new Set(['europe.js']));
    await page.close();
  });

  it('brings the organizations the content script has no room for once a page names a currency', async () => {
    const page = await s.newPage();
    const names: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/names.js')) names.push('names.js');
    });
    await page.goto(`${s.base}/pages/en-agri.html`);
    await waitForHighlight(page, 'dealmark-company', 'Cargill');
    // Every one of them rides in the names chunk (lib/detect/companies/data/names-chunk.ts).
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(['Bunge', 'Louis Dreyfus', 'Viterra', 'Syngenta']));
    await hover(page, 'dealmark-company', 'Louis Dreyfus');
    await tooltipOpen(page);
    expect(await tooltipText(page)).toMatch(/Louis Dreyfus Company/);
    expect(names.length).toBeGreaterThan(0);
    await page.close();
  });

  it('reads those organizations\' Arabic names from their own chunk, which names them by the Latin one\'s numbers', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/ar-agri.html`);
    await waitForHighlight(page, 'dealmark-company', 'كارغيل');
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(['أولام']));
    // The Arabic chunk carries no canonical line: the tooltip's name comes from the Latin chunk (compact.ts).
    await hover(page, 'dealmark-company', 'كارغيل');
    await tooltipOpen(page);
    expect(await tooltipText(page)).toMatch(/Cargill/);
    await page.close();
  });

  it('reads their Chinese and Japanese names from the part of the CJK names a page\'s language needs, one a page', async () => {
    const pages = [
      // 路易達孚 and 豐益國際 are in that part as 路易达孚 and 丰益国际 only: the page's text is folded to find them.
      { file: 'zh-hant-agri.html', names: ['路易達孚', '豐益國際', '嘉吉'], chunk: 'nameszh.js', canonical: /Louis Dreyfus Company/ },
      { file: 'ja-agri.html', names: ['ルイ・ドレフュス', 'ウィルマー', 'カーギル'], chunk: 'namesja.js', canonical: /Louis Dreyfus Company/ },
      // Kana and simplified Chinese: the part with both languages' names.
      { file: 'cjk-funding.html', names: ['英伟达'], chunk: 'nameszhja.js' },
    ];
    for (const { file, names, chunk, canonical } of pages) {
      const page = await s.newPage();
      const parts: string[] = [];
      page.on('request', (r) => {
        if (/\/names(?:ja|zh|zhja)\.js$/.test(r.url())) parts.push(r.url().replace(/.*\//, ''));
      });
      await page.goto(`${s.base}/pages/${file}`);
      await waitForHighlight(page, 'dealmark-company', names[0]!);
      expect(await highlighted(page, 'dealmark-company'), file).toEqual(expect.arrayContaining(names));
      expect(new Set(parts), file).toEqual(new Set([chunk]));
      if (canonical) {
        // The part carries no canonical line: the tooltip's name comes from the Latin chunk (compact.ts).
        await hover(page, 'dealmark-company', names[0]!);
        await tooltipOpen(page);
        expect(await tooltipText(page)).toMatch(canonical);
      }
      await page.close();
    }
  });

  it('links an amount to its company with the fact linker, which loads once the page holds both', async () => {
    const page = await s.newPage();
    const linker: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/facts.js')) linker.push(r.url().replace(/.*\//, ''));
    });
    await page.goto(`${s.base}/pages/en-funding.html`);
    await waitForHighlight(page, 'dealmark-money', '$300 million');
    await hover(page, 'dealmark-money', '$300 million');
    await tooltipOpen(page);
    // The fact's line names the company the amount belongs to: the linker ran in the page.
    expect(await tooltipText(page)).toMatch(/Nvidia · \w+ · \$300M/);
    // (Chromium may ask for a chunk twice, as languageChunks notes.)
    expect(new Set(linker)).toEqual(new Set(['facts.js']));
    await page.close();
  });

  it('shows a tooltip with the normalized amount on hover, closes it on Escape, and leaves the article DOM untouched', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/ar-funding.html`);
    await waitForHighlight(page, 'dealmark-money', '700 مليون دولار');
    // The tooltip's code loads on the first hover: until then the page holds nothing of ours.
    expect(await page.evaluate(() => document.querySelector('dealmark-tooltip'))).toBeNull();
    await hover(page, 'dealmark-money', '700 مليون دولار');
    await tooltipOpen(page);
    const text = (await tooltipText(page))!;
    expect(text).toContain('$700,000,000');
    expect(text).toContain('700 million US dollars');
    // The tooltip is inside the viewport.
    const inView = await page.evaluate(() => {
      const tip = document.querySelector('dealmark-tooltip')!.shadowRoot!.querySelector('.tip')!.getBoundingClientRect();
      return tip.left >= 0 && tip.top >= 0 && tip.right <= innerWidth && tip.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltipText(page)).toBeNull();

    // Same page source, parsed without any extension: the article and body are identical.
    const same = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const clean = new DOMParser().parseFromString(source, 'text/html');
      return {
        article: clean.querySelector('article')!.outerHTML === document.querySelector('article')!.outerHTML,
        body: clean.body.outerHTML === document.body.outerHTML,
        host: document.querySelector('dealmark-tooltip')!.parentElement === document.documentElement,
      };
    });
    expect(same).toEqual({ article: true, body: true, host: true });
    await page.close();
  });

  it('loads and styles the tooltip on a page whose CSP allows no script or style at all', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/strict-csp.html`);
    await waitForHighlight(page, 'dealmark-money', '$45 million');
    await hover(page, 'dealmark-money', '$45 million');
    await tooltipOpen(page);
    expect(await tooltipText(page)).toContain('$45,000,000');
    // Styled: the page's CSP did not strip the tooltip's own stylesheet.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('dealmark-tooltip')!.shadowRoot!.querySelector('.tip')!).position))
      .toBe('fixed');
    await page.close();
    // use_dynamic_url: a page cannot tell the extension is installed by asking for the chunk at its fixed address.
    const probe = await s.newPage();
    await probe.goto(`${s.base}/pages/en-funding.html`);
    const logged = s.errors.length;
    const reachable = await probe.evaluate((id) => fetch(`chrome-extension://${id}/tooltip.js`).then(() => true, () => false), s.extensionId);
    expect(reachable).toBe(false);
    await probe.close();
    // The refused probe is the one error this test means to cause; the last test counts all the others.
    expect(s.errors.splice(logged).every((e) => /Denying load of chrome-extension:.*tooltip\.js|net::ERR_FAILED/.test(e))).toBe(true);
  });

  it('highlights text a live page inserts two seconds after load', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/dynamic.html`);
    await waitForHighlight(page, 'dealmark-company', 'Nvidia');
    expect(await highlighted(page, 'dealmark-money')).not.toContain('$3 billion');
    await waitForHighlight(page, 'dealmark-money', '$3 billion', 8000);
    expect(await highlighted(page, 'dealmark-company')).toEqual(expect.arrayContaining(['Nvidia', 'OpenAI']));
    await page.close();
  });

  it('follows a framework that re-renders every 200 ms, without page errors', async () => {
    const page = await s.newPage();
    const errorsBefore = s.errors.length;
    await page.goto(`${s.base}/pages/react.html`);
    await waitForHighlight(page, 'dealmark-money', '$6 billion');
    // The tenth render adds a deal: only a rescan after re-renders can find it.
    await waitForHighlight(page, 'dealmark-company', 'Microsoft', 8000);
    for (let i = 0; i < 8; i++) {
      // Sampled in a frame, as the reader would see it painted.
      const live = await page.evaluate(() => new Promise<{ texts: string[]; stale: number }>((resolve) => {
        requestAnimationFrame(() => {
          const ranges = ['dealmark-money', 'dealmark-company'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])]) as Range[];
          resolve({
            texts: ranges.filter((r) => !r.collapsed && r.startContainer.isConnected).map((r) => r.toString()),
            stale: ranges.filter((r) => r.collapsed || !r.startContainer.isConnected).length,
          });
        });
      }));
      expect(live.stale).toBe(0);
      expect(live.texts).toEqual(expect.arrayContaining(['OpenAI', '$6 billion', 'Nvidia', '$500 million', 'Microsoft', '$1 billion']));
      await page.waitForTimeout(90);
    }
    expect(s.errors.slice(errorsBefore).filter((e) => e.includes('react.html'))).toEqual([]);
    await page.close();
  });

  it('caused no console error or page error on any of the pages above', () => {
    expect(s.errors).toEqual([]);
  });
});
