/**
 * 寄学习资料: mailing.markSent and mailing.confirm mark the recipients' rows, then move the
 * batch's `counts` by increments. Here the local cloud dies (SIGKILL) between the two, once for
 * 已寄出 and once for 已签收: the rows are on disk, the batch's counts never moved. One run of
 * cron-reconcile recounts them from the rows and reports each mend; a second run finds nothing.
 */
import { ChildCloud } from './helpers/child-cloud';
import { readStore, byId } from './helpers/disk-store';
import { seedCounty } from './helpers/child-seed';
import { profile } from '../functions/helpers/cloud';

jest.setTimeout(180_000);

// After a restart nothing can be in flight: the reconciler need not wait for writes to settle.
const ENV = { RECONCILE_SETTLE_MS: '0' };

describe('SIGKILL between a mailing row and its batch counts: the reconciler closes the gap', () => {
  const cc = new ChildCloud();
  let batchId: string;
  const memberIds: string[] = [];

  beforeAll(async () => {
    await cc.start(ENV);
    const county = await seedCounty(cc);
    for (const i of [1, 2, 3]) memberIds.push((await cc.data(`m_${i}`, 'member.join', { scene: county.scene, groupId: county.groupId, ...profile(i) })).member._id);
    batchId = (await cc.data('county_1', 'mailing.create', { title: '《党章》学习读本', memberIds }))._id;
  });
  afterAll(() => cc.dispose());

  async function dieAfterUpdate(coll: string, openid: string, action: string, payload: unknown) {
    await cc.faults({ crashAfterUpdateOf: coll });
    await expect(cc.call(openid, action, payload)).rejects.toThrow();
    await cc.kill();
    await cc.start(ENV);
  }

  async function storedCounts() {
    await cc.stop();
    const s = readStore(cc.dataDir);
    await cc.start(ENV);
    const rows = [...byId(s, 'mailItems').values()].filter((r) => r.batchId === batchId);
    return { counts: byId(s, 'mailBatches').get(batchId).counts, sent: rows.filter((r) => r.sentAt !== null).length, received: rows.filter((r) => r.receivedAt !== null).length };
  }

  it('rows marked 已寄出 without the batch\'s sent count: mended from the rows', async () => {
    await dieAfterUpdate('mailItems', 'county_1', 'mailing.markSent', { batchId, memberIds: memberIds.slice(0, 2) });
    expect(await storedCounts()).toEqual({ counts: { recipients: 3, sent: 0, received: 0 }, sent: 2, received: 0 });

    const run = await cc.timer('cron-reconcile');
    expect(run.mended).toEqual(expect.arrayContaining([{ doc: `mailBatches/${batchId}`, field: 'counts.sent', was: 0, now: 2 }]));
    expect((await storedCounts()).counts).toEqual({ recipients: 3, sent: 2, received: 0 });
    expect((await cc.timer('cron-reconcile')).mended).toEqual([]);

    // Marking them again changes nothing; the third counts once.
    const again = await cc.data('county_1', 'mailing.markSent', { batchId, memberIds });
    expect(again).toMatchObject({ marked: 1, batch: { counts: { sent: 3 } } });
  });

  it('a member\'s 已签收 without the batch\'s received count: mended by the county\'s stats.reconcile too', async () => {
    await dieAfterUpdate('mailItems', 'm_2', 'mailing.confirm', { batchId });
    expect(await storedCounts()).toEqual({ counts: { recipients: 3, sent: 3, received: 0 }, sent: 3, received: 1 });

    const report = await cc.data('county_1', 'stats.reconcile', { hours: 1 });
    expect(report.mended).toEqual(expect.arrayContaining([{ doc: `mailBatches/${batchId}`, field: 'counts.received', was: 0, now: 1 }]));
    expect((await storedCounts()).counts).toEqual({ recipients: 3, sent: 3, received: 1 });
    // His second confirmation answers his row and counts nothing twice.
    expect(await cc.data('m_2', 'mailing.confirm', { batchId })).toMatchObject({ receivedAt: expect.any(Number) });
    expect((await storedCounts()).counts.received).toBe(1);
    expect((await cc.timer('cron-reconcile')).mended).toEqual([]);
  });
});
