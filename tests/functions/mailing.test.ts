import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';

jest.setTimeout(90_000);

/**
 * 学习资料寄送 through the real api entry. Branch A: m_0, m_1 (G1), m_2 (G2); branch B: m_3 (G2).
 * county_1 (组织部), sec_a / sec_b, cadre_1 (G1), cadre_2 (G2).
 */
describe('study materials by post: address on the record, batches, sent and received marks', () => {
  let tc: TestCloud;
  let A: any;
  const ids: string[] = [];
  const ADDRESS = '浙江省杭州市西湖区文三路 100 号 3 幢 201';

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    A = s.A;
    ids.push(...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sa, s.G2._id, 2, 1)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sb, s.G2._id, 3, 1)).map((j) => j.member._id));
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
  });
  afterAll(() => tc?.dispose());

  it('keeps a mailing address on the record: in full for himself and his managers, masked for sysadmin', async () => {
    await tc.data('m_0', 'member.update', { changes: { mailingAddress: ADDRESS } });
    expect((await tc.data('m_0', 'member.get', { memberId: ids[0] })).member.mailingAddress).toBe(ADDRESS);
    expect((await tc.data('sec_a', 'member.get', { memberId: ids[0] })).member.mailingAddress).toBe(ADDRESS);
    const masked = await tc.data(ADMIN, 'member.get', { memberId: ids[0] });
    expect(masked.member.mailingAddress).toBe('浙江省杭州市****');
    // The change history carries the same data, masked the same way.
    expect(JSON.stringify(masked.history)).not.toContain('文三路');
    const r = await tc.call('m_0', 'member.update', { changes: { mailingAddress: '杭州' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
    expect(JSON.stringify((r as any).error)).toContain('邮寄地址至少 5 个字');
  });

  it('dispatches a batch, marks it sent, the member confirms receipt; counts follow', async () => {
    const batch = await tc.data('sec_a', 'mailing.create', { title: '《党章》学习读本 2026 版', note: '顺丰寄出', memberIds: [ids[0], ids[1], ids[2]] });
    expect(batch).toMatchObject({ title: '《党章》学习读本 2026 版', note: '顺丰寄出', branchIds: [A._id], counts: { recipients: 3, sent: 0, received: 0 } });
    expect(batch).not.toHaveProperty('byOpenid');

    const detail = await tc.data('sec_a', 'mailing.get', { batchId: batch._id });
    expect(detail.items.map((i: any) => [i.memberId, i.address, i.masked])).toEqual([
      [ids[0], ADDRESS, false],
      [ids[1], null, false],
      [ids[2], null, false],
    ]);
    // The village cadre of G1 sees his own villagers' rows only.
    expect((await tc.data('cadre_1', 'mailing.get', { batchId: batch._id })).items.map((i: any) => i.memberId)).toEqual([ids[0], ids[1]]);

    const marked = await tc.data('sec_a', 'mailing.markSent', { batchId: batch._id, memberIds: [ids[0], ids[1]] });
    expect(marked).toMatchObject({ marked: 2, batch: { counts: { recipients: 3, sent: 2, received: 0 } } });
    expect((await tc.data('sec_a', 'mailing.markSent', { batchId: batch._id, memberIds: [ids[0]] })).marked).toBe(0);

    const todo = await tc.data('m_0', 'todo.mine', {});
    expect(todo.items).toContainEqual({ kind: 'mailToConfirm', count: 1 });
    const mine = await tc.data('m_0', 'mailing.mine', {});
    expect(mine.items).toMatchObject([{ batchId: batch._id, title: '《党章》学习读本 2026 版', sentAt: expect.any(Number), receivedAt: null }]);

    const confirmed = await tc.data('m_0', 'mailing.confirm', { batchId: batch._id });
    expect(confirmed.receivedAt).toEqual(expect.any(Number));
    // A parcel in hand counts even before the organiser marked it sent; confirming twice counts once.
    await tc.data('m_2', 'mailing.confirm', { batchId: batch._id });
    await tc.data('m_2', 'mailing.confirm', { batchId: batch._id });
    const listed = await tc.data('sec_a', 'mailing.list', {});
    expect(listed.items.find((b: any) => b._id === batch._id).counts).toEqual({ recipients: 3, sent: 2, received: 2 });
    expect((await tc.data('county_1', 'mailing.list', {})).items.map((b: any) => b._id)).toContain(batch._id);
    expect((await tc.data('sec_b', 'mailing.list', {})).items).toEqual([]);
  });

  describe('refusals change nothing', () => {
    let batch: any;
    beforeAll(async () => {
      batch = await tc.data('sec_a', 'mailing.create', { title: '学习资料第二批', memberIds: [ids[0], ids[1]] });
    });
    eachTestLeavesDatabaseUnchanged();

    it('refuses a dispatch naming anyone outside the organiser\'s scope, in Chinese, writing nothing', async () => {
      const r = await tc.call('sec_a', 'mailing.create', { title: '越界寄送', memberIds: [ids[0], ids[3]] });
      expect(r).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect((r as any).error.message).toBe('只能向您负责的党员寄送：党员003不在您的管理范围内');
      expect(await tc.code('cadre_1', 'mailing.create', { title: '越村寄送', memberIds: [ids[2]] })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'mailing.create', { title: '党员寄送', memberIds: [ids[0]] })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(ADMIN, 'mailing.create', { title: '管理员寄送', memberIds: [ids[0]] })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'mailing.create', { title: '不存在', memberIds: ['nosuchmember'] })).toBe('MEMBER.NOT_FOUND');
    });

    it('refuses bad input with the fields named', async () => {
      for (const [payload, message] of [
        [{ title: '', memberIds: [ids[0]] }, '请填写寄送内容'],
        [{ title: '资料', memberIds: [] }, '请选择收件党员'],
        [{ title: '资料', memberIds: [ids[0], ids[0]] }, '收件党员重复'],
        [{ title: '资料', memberIds: Array.from({ length: 101 }, (_, i) => `m${i}`) }, '每批最多 100 位党员'],
      ] as const) {
        const r = await tc.call('sec_a', 'mailing.create', payload);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        expect(JSON.stringify((r as any).error)).toContain(message);
      }
    });

    it('refuses marks outside his scope or off the batch, and receipts by non-recipients', async () => {
      expect(await tc.code('cadre_2', 'mailing.markSent', { batchId: batch._id, memberIds: [ids[0]] })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'mailing.markSent', { batchId: batch._id, memberIds: [ids[0], ids[2]] })).toBe('MAILING.NOT_RECIPIENT');
      expect(await tc.code('sec_a', 'mailing.markSent', { batchId: 'nosuchbatch', memberIds: [ids[0]] })).toBe('MAILING.NOT_FOUND');
      expect(await tc.code('m_2', 'mailing.confirm', { batchId: batch._id })).toBe('MAILING.NOT_RECIPIENT');
      expect(await tc.code('sec_b', 'mailing.get', { batchId: batch._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_b', 'mailing.list', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('nobody', 'mailing.confirm', { batchId: batch._id })).toBe('MEMBER.NOT_JOINED');
    });
  });
});
