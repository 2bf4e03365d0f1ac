import { fitPhoto, PHOTO_MAX_BYTES, photoFits } from '@/domain/study/photo.rules';

/** The image check's limits (750 × 1334 px, 500 KB) and the size a photo is shrunk to before upload. */
describe('fitPhoto', () => {
  it.each([
    [[3024, 4032], [750, 1000]], // a phone's portrait photo: width binds
    [[4032, 3024], [750, 562]], // landscape: still at most 750 wide
    [[1000, 4000], [333, 1334]], // a tall screenshot: height binds
    [[600, 800], [600, 800]], // small enough: never enlarged
  ])('%j → %j', ([w, h], expected) => {
    expect(fitPhoto(w, h)).toEqual({ width: expected[0], height: expected[1] });
    const fitted = fitPhoto(w, h);
    expect(photoFits(fitted.width, fitted.height, 1)).toBe(true);
  });
});

describe('photoFits', () => {
  it('takes 750 × 1334 and 500 KB exactly, and nothing past them', () => {
    expect(photoFits(750, 1334, PHOTO_MAX_BYTES)).toBe(true);
    expect(photoFits(751, 1334, 1)).toBe(false);
    expect(photoFits(750, 1335, 1)).toBe(false);
    expect(photoFits(100, 100, PHOTO_MAX_BYTES + 1)).toBe(false);
  });
});
