import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import webExt from 'web-ext';
import { ROOT, describeBrowser } from './harness.ts';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

describeBrowser('Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    expect(existsSync(join(FIREFOX_DIR, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
    const result = await webExt.cmd.lint(
      { sourceDir: FIREFOX_DIR, output: 'json', selfHosted: false, warningsAsErrors: false, pretty: false },
      { shouldExitProgram: false },
    );
    const errors = (result.errors ?? []).map((e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    expect(errors).toEqual([]);
  });
});
