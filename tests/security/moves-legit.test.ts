/**
 * Its own file: the api function keeps the county in module scope, so one local cloud per file.
 */
import area from './cases/moves';
import { startTestCloud, type TestCloud } from '../functions/helpers/cloud';
import { openids, seedWorld, type World } from './world';
import type { ActionName } from '../../src/contracts';

/**
 * The positive path of every case above: its legitimate caller, with its valid payload, succeeds.
 * One world, in an order where no call undoes what a later one needs (a decided transfer cannot be
 * withdrawn, a member with a waiting transfer cannot end his mobile status); `f.transferId` is
 * pointed at the transfer each step acts on.
 */
describe('security: moves, as the legitimate callers', () => {
  jest.setTimeout(120_000);
  let tc: TestCloud;
  let w: World;
  let f: { transferId: string; requestId: string };
  beforeAll(async () => {
    tc = await startTestCloud();
    w = await seedWorld(tc);
    f = await area.seed!(tc, w);
  });
  afterAll(() => tc?.dispose());

  const legit = async (action: ActionName) => {
    const c = area.cases[action]!;
    const r = await tc.call(openids[c.as], action, c.valid(w, f));
    expect(r.ok ? 'OK' : r.error).toBe('OK');
    return (r as { data: any }).data;
  };

  it('each action succeeds for its caller', async () => {
    for (const a of ['transfer.list', 'join.requests', 'branch.joinSettings', 'join.decide', 'member.reopenMobility', 'transfer.decide'] as const) await legit(a);
    f.transferId = (await legit('transfer.request')).transfer._id;
    await legit('transfer.cancel');
    f.transferId = (await legit('transfer.move')).transfer._id;
    await tc.data(openids.county, 'transfer.cancel', { transferId: f.transferId });
    await legit('member.endMobility');
    expect(Object.keys(area.cases).sort()).toEqual(
      ['transfer.list', 'join.requests', 'branch.joinSettings', 'join.decide', 'member.reopenMobility', 'transfer.decide', 'transfer.request', 'transfer.cancel', 'transfer.move', 'member.endMobility'].sort(),
    );
  });
});
