import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, installed by scripts/test.mjs when absent; nothing downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A fresh, phone-sized persistent context (a new profile each time, so no state leaks between tests). */
export function launchPhone(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'yzb-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Taro's H5 <Input> wraps a real <input>: the one to type into. */
export const inputOf = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`);

/** On the local cloud's dev sign-in page (where the app sends a visitor with no dev user): create one; it sends us back. */
export async function signInAsNewDevUser(page: Page, name: string): Promise<void> {
  await page.waitForURL(/\/dev\/signin/);
  await page.getByPlaceholder(/显示名称/).fill(name);
  await page.getByRole('button', { name: '创建并登录' }).click();
}
