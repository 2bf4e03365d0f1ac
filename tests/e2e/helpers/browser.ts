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

/** The number on the organiser dashboard's tile with this label. */
export const dashTile = (page: Page, label: string) => page.locator('.dash-tile', { has: page.getByText(label, { exact: true }) }).locator('.dash-num');

/**
 * F2 paints its canvas asynchronously: waits until the canvas at `selector` has more than
 * `minPixels` inked pixels and more than `minShare` of its surface inked; resolves with the count.
 */
export async function waitForChartInk(page: Page, selector: string, { minPixels = 0, minShare = 0 } = {}): Promise<number> {
  const inked = await page.waitForFunction(
    ({ selector, minPixels, minShare }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || !canvas.width || !canvas.height) return 0;
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
      return n > minPixels && n > canvas.width * canvas.height * minShare ? n : 0;
    },
    { selector, minPixels, minShare },
  );
  return (await inked.jsonValue()) as number;
}
