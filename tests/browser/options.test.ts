import { afterEach, expect, it } from 'vitest';
import { describeBrowser, launch, type Session } from './harness.ts';

const FIXTURE = '/options-check.html';

describeBrowser('options page in Chromium', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('turning company highlighting off changes what a page shows', async () => {
    s = await launch();
    const before = await s.newPage();
    await before.goto(s.base + FIXTURE);
    await before.waitForFunction(() => (CSS.highlights.get('dealmark-company')?.size ?? 0) > 0);

    const options = await s.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const box = options.getByRole('checkbox', { name: 'Company' });
    await box.uncheck();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // The open tab follows the setting live, and a newly opened page starts without it.
    await before.waitForFunction(() => (CSS.highlights.get('dealmark-company')?.size ?? 0) === 0);
    const after = await s.newPage();
    await after.goto(s.base + FIXTURE);
    await after.waitForFunction(() => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0);
    expect(await after.evaluate(() => CSS.highlights.get('dealmark-company')?.size ?? 0)).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('is in Arabic, right to left, and asks before deleting everything', async () => {
    s = await launch({ args: ['--lang=ar'], locale: 'ar' });
    const options = await s.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'إعدادات ديلمارك' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await options.getByRole('button', { name: 'حذف كل شيء…' }).click();
    const dialog = options.getByRole('alertdialog');
    await dialog.waitFor();
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await options.getByRole('button', { name: 'حذف كل شيء…' }).click();
    await options.getByRole('button', { name: 'حذف كل شيء', exact: true }).click();
    await options.getByText('أصبحت المكتبة فارغة.').waitFor();
  });
});
