import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mayDrawMore, mayZip, posterPartPath, posterProgressOf, ZIP_MS_PER_POSTER } from '../../src/domain/org/poster-job.rules';
import type { PosterJob } from '../../src/domain/org/poster.schema';
import { posterZipPath } from '../../src/domain/org/poster.rules';

const job = (over: Partial<PosterJob> = {}): PosterJob => ({
  _id: 'j1', openid: 'o1', units: [{ branchId: 'bA', name: '杭州云支部', scene: 's1' }, { branchId: 'bB', name: '宁波/云支部', scene: 's2' }],
  state: 'running', done: 1, partIds: ['cloud://e.b/posters/o1/j1/bA.png'], fileID: null, fileName: 'x.zip', fileToken: 'f'.repeat(32),
  leaseUntil: 0, failures: 0, error: null, createdAt: 1, updatedAt: 1, finishedAt: null, ...over,
});

/** The print job's step rules: when to draw another code, when to zip, what the page sees. */
describe('poster job rules', () => {
  it('starts another code only when the slowest one so far still ends inside the budget', () => {
    expect(mayDrawMore(0, 1_000, 900, 2_000)).toBe(true);
    expect(mayDrawMore(0, 1_200, 900, 2_000)).toBe(false);
    expect(mayDrawMore(0, 2_000, 0, 2_000)).toBe(false);
  });

  it('zips in the same step when the estimate fits, always in a step that drew nothing', () => {
    expect(mayZip(0, 1_000, 3, 10, 1_000 + 10 * ZIP_MS_PER_POSTER + 1)).toBe(true);
    expect(mayZip(0, 1_000, 3, 10, 1_000 + 10 * ZIP_MS_PER_POSTER)).toBe(false);
    expect(mayZip(0, 9_999, 0, 500, 1)).toBe(true);
  });

  it('shows the zip only once done, with the PNG names in print order', () => {
    expect(posterProgressOf(job({ fileID: 'cloud://z' }), 'http://u', false)).toMatchObject({ total: 2, done: 1, fileID: null, url: null, names: [] });
    const done = posterProgressOf(job({ state: 'done', done: 2, fileID: 'cloud://z' }), 'http://u', false);
    expect(done).toMatchObject({ fileID: 'cloud://z', url: 'http://u', names: ['01-杭州云支部.png', '02-宁波_云支部.png'] });
  });

  it('names files so the deployed storage rule lets the zip through and keeps the drawn codes private', () => {
    const rule = /"read": "(.*)",/.exec(readFileSync(join(__dirname, '../../docs/deploy.md'), 'utf8'))![1];
    const patterns = [...rule.matchAll(/\/(\^.*?\$)\/\.test/g)].map((m) => new RegExp(JSON.parse(`"${m[1]}"`)));
    const readable = (p: string) => patterns.some((r) => r.test(p));
    expect(readable(posterZipPath('o1', Date.UTC(2026, 11, 8, 2), 'a'.repeat(32)))).toBe(true);
    expect(readable(posterPartPath('o1', 'j1', 'bA'))).toBe(false);
  });
});
