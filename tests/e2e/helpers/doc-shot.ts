import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the README's screenshots live (committed, unlike tests/e2e/__output__). */
const DOC_SHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
/** Where an ordinary test run puts them: times and dates on the pages change every run's bytes. */
const RUN_SHOTS = join(__dirname, '..', '__output__', 'docs');

/**
 * Saves what the phone shows now as docs/screenshots/<name>.png for the README and the guides.
 * The viewport only (390×844) and at CSS pixels (`scale: 'css'`), whatever the context's
 * deviceScaleFactor: a doc picture at 1× is a quarter of the bytes and reads the same at 200 px.
 * Every run takes the shot; it replaces the committed one only under `npm run docs:shots`
 * (UPDATE_DOC_SHOTS=1) or when there is none yet, so `npm test` leaves the working tree clean.
 */
export async function saveDocShot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`doc shot name must be kebab-case: ${name}`);
  const committed = join(DOC_SHOTS, `${name}.png`);
  const dir = process.env.UPDATE_DOC_SHOTS === '1' || !existsSync(committed) ? DOC_SHOTS : RUN_SHOTS;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, scale: 'css' });
  return path;
}
