import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';

/** Where a QR code's dark pixels lie inside its box, as fractions of the box's width and height. */
export interface QrInk {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Screenshots the QR's box and finds its dark pixels' bounds (decoded in the page: no image library
 * in the test). A code clipped by its box touches an edge; an off-centre one has unequal margins.
 */
export async function qrInk(box: Locator, name: string): Promise<QrInk> {
  await box.scrollIntoViewIfNeeded();
  const shot = await box.screenshot();
  // Kept for a look when the check fails (tests/e2e/__output__ is git-ignored).
  const dir = join(__dirname, '..', '__output__');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `qr-${name}.png`), shot);
  const png = shot.toString('base64');
  return box.page().evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (data[i] + data[i + 1] + data[i + 2] < 200) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    if (x1 < 0) return { left: 1, right: 1, top: 1, bottom: 1 };
    return { left: x0 / width, right: (width - 1 - x1) / width, top: y0 / height, bottom: (height - 1 - y1) / height };
  }, png);
}

/** Whole (no dark pixel on the box's edge), centred (margins within 3 % of each other) and filling most of the box. */
export function expectWholeAndCentred(ink: QrInk): void {
  expect(ink.left).toBeGreaterThan(0);
  expect(ink.right).toBeGreaterThan(0);
  expect(ink.top).toBeGreaterThan(0);
  expect(ink.bottom).toBeGreaterThan(0);
  expect(Math.abs(ink.left - ink.right)).toBeLessThan(0.03);
  expect(Math.abs(ink.top - ink.bottom)).toBeLessThan(0.03);
  expect(1 - ink.left - ink.right).toBeGreaterThan(0.6);
}
