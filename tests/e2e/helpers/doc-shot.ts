import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the README's screenshots live (committed, unlike tests/e2e/__output__). */
export const DOC_SHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/**
 * Saves what the phone shows now as docs/screenshots/<name>.png for the README and the guides.
 * The viewport only (390×844) and at CSS pixels (`scale: 'css'`), whatever the context's
 * deviceScaleFactor: a doc picture at 1× is a quarter of the bytes and reads the same at 200 px.
 */
export async function saveDocShot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`doc shot name must be kebab-case: ${name}`);
  mkdirSync(DOC_SHOTS, { recursive: true });
  const path = join(DOC_SHOTS, `${name}.png`);
  await page.screenshot({ path, scale: 'css' });
  return path;
}
