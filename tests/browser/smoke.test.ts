import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launch, type Session } from './harness.ts';

describeBrowser('extension in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts its background and opens its popup', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await s.popup();
    await expect(popup.locator('main').first().textContent()).resolves.toContain('Dealmark');
  });
});
