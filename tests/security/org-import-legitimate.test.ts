/**
 * The org-import area's positive path, in a file of its own (the api function caches the join secret
 * per module registry, so it needs a local cloud of its own): each action succeeds for the caller its
 * security case names, so a handler that refuses everyone fails here.
 */
import { startTestCloud, type TestCloud } from '../functions/helpers/cloud';
import type { ActionCase } from './case';
import area from './cases/org-import';
import { openids, seedWorld } from './world';

jest.setTimeout(180_000);

describe('org-import: legitimate callers succeed', () => {
  let tc: TestCloud;
  afterAll(() => tc?.dispose());
  it('answers ok to each case’s caller with its valid payload, in the table’s order', async () => {
    tc = await startTestCloud();
    const w = await seedWorld(tc);
    const f = await area.seed!(tc, w);
    const failures: string[] = [];
    for (const [action, c] of Object.entries(area.cases) as [string, ActionCase<typeof f>][]) {
      const r = await tc.call(openids[c.as], action, c.valid(w, f));
      if (!r.ok) failures.push(`${action} as ${c.as}: ${r.error.code} ${r.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
