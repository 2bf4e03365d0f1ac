/** The pairing pages: a cadre's members and the contact form, assigning members, the gap monitor. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import PairingPage from '@/admin/pairing/index';
import ContactGapsPage from '@/admin/contact-gaps/index';
import { defaultGapSettings } from '@/domain/pairing/gap.rules';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

const cadreOfG1 = { openid: 'c1', name: '王村干', grants: [{ role: 'cadre', groupId: 'g1' }], member: null, branch: null, group: null, county: tree.county };
const row = (over: Record<string, unknown>) => ({
  memberId: 'm1', name: '刘芳', branchId: 'bA', groupId: 'g1', status: '正常', cadreOpenid: 'c1', cadreName: '王村干', lastContactDay: '2026-09-01',
  longAway: false, periodMonths: 1, gapDays: 92, dueDay: '2026-10-01', overdue: true, lostCandidate: true, phone: '13800000001', ...over,
});

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree);
});

it('shows a cadre his members with their gaps and logs a contact through the shared schema', async () => {
  cloud
    .on('member.me', () => cadreOfG1)
    .on('pairing.mine', () => ({ asCadre: [row({}), row({ memberId: 'm2', name: '陈明', lastContactDay: null, overdue: false, lostCandidate: false, gapDays: 3 })], myCadre: null, settings: defaultGapSettings }))
    .on('contact.log', (p) => ({ contact: { ...p, _id: 'c1', byRole: 'cadre' }, lastContactDay: p.day }));
  render(<PairingPage />);
  expect(await screen.findByText('失联风险 · 92 天未联系')).toBeTruthy();
  expect(screen.getByText('尚无联系记录')).toBeTruthy();
  // Never contacted is not "on schedule": his first contact is due.
  expect(screen.getByText('待首次联系（2026-10-01 前）')).toBeTruthy();
  expect(screen.queryByText('按期联系')).toBeNull();

  fireEvent.click(screen.getByText('刘芳'));
  expect(await screen.findByText('记录联系 · 刘芳')).toBeTruthy();
  fireEvent.click(screen.getByText('保存联系记录'));
  // The empty note is refused by the shared schema before any request.
  expect(await screen.findByText('请填写联系情况')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'contact.log')).toBe(false);

  fireEvent.change(screen.getByDisplayValue(/^\d{4}-\d{2}-\d{2}$/), { target: { value: '2026-11-30' } });
  fireEvent.click(screen.getByText('走访'));
  fireEvent.change(screen.getByPlaceholderText('谈了什么、有什么需要跟进'), { target: { value: '上门看望，家中老人身体好转' } });
  fireEvent.change(screen.getByPlaceholderText('在哪里、做什么工作'), { target: { value: '杭州电子厂' } });
  fireEvent.click(screen.getByText('有意返乡'));
  fireEvent.click(screen.getByText('保存联系记录'));
  await waitFor(() => expect(toasts).toContain('已记录'));
  expect(cloud.calls.find((c) => c.action === 'contact.log')?.payload).toEqual({
    memberId: 'm1', day: '2026-11-30', channel: 'visit', note: '上门看望，家中老人身体好转', situation: { work: '杭州电子厂', difficulties: '', wishToReturn: 'yes' },
  });
  await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'pairing.mine')).toHaveLength(2));
});

it('lets a secretary pair picked members of a village with one of its cadres', async () => {
  cloud
    .on('member.me', () => secretaryOfA)
    .on('pairing.mine', () => ({ asCadre: [], myCadre: null, settings: defaultGapSettings }))
    .on('member.list', () => ({ items: [{ _id: 'm1', name: '刘芳' }, { _id: 'm2', name: '陈明' }, { _id: 'm3', name: '张强' }], nextCursor: null }))
    // Two cadres of one village with one name: told apart by 单位/职务, else the phone's last digits.
    .on('pairing.cadres', () => ({ cadres: [{ openid: 'c1', name: '王村干', title: '村支书', phone: '13900001111' }, { openid: 'c2', name: '王村干', title: null, phone: '139****2222' }], pairings: [{ memberId: 'm2', cadreOpenid: 'c1', cadreName: '王村干' }] }))
    .on('pairing.assign', (p) => ({ pairings: p.memberIds.map((id: string) => ({ _id: id })) }));
  render(<PairingPage />);
  expect(screen.queryByText('我的结对党员')).toBeNull();
  fireEvent.click(await screen.findByText('龙井村'));
  fireEvent.click(await screen.findByText('刘芳'));
  // Who is paired now shows on the member, with the village's tally.
  expect(screen.getByText('陈明（王村干）')).toBeTruthy();
  expect(screen.getByText('已结对 1 人，未结对 2 人')).toBeTruthy();
  fireEvent.click(screen.getByText('张强'));
  fireEvent.click(screen.getByText('结对'));
  expect(await screen.findByText('请选择村干部')).toBeTruthy();
  expect(screen.getByText('王村干（尾号2222）')).toBeTruthy();
  fireEvent.click(screen.getByText('王村干（村支书）'));
  fireEvent.click(screen.getByText('结对'));
  await waitFor(() => expect(toasts).toContain('已结对'));
  expect(cloud.calls.find((c) => c.action === 'pairing.assign')?.payload).toEqual({ memberIds: ['m1', 'm3'], cadreOpenid: 'c1' });
  expect(cloud.calls.find((c) => c.action === 'member.list')?.payload).toEqual({ groupId: 'g1', limit: 100 });
});

it('shows the monitor per cadre and village, narrows it to a unit, and opens a member', async () => {
  const report = (n: number) => ({
    asOf: '2026-12-02', settings: defaultGapSettings,
    totals: { members: 30, paired: 12, unpaired: 18, overdue: n, lostCandidates: 1, longAway: 4 },
    byCadre: [{ cadreOpenid: 'c1', cadreName: '王村干', members: 12, paired: 12, overdue: n, lostCandidates: 1 }],
    byGroup: [{ groupId: 'g1', members: 30, paired: 12, unpaired: 18, overdue: n, lostCandidates: 1 }],
    overdue: [row({})],
    unpaired: [row({ memberId: 'm5', name: '赵六', cadreOpenid: null, cadreName: null, periodMonths: null, overdue: false, lostCandidate: false, longAway: false })],
  });
  cloud.on('member.me', () => secretaryOfA).on('contact.gaps', (q) => report(q.groupId ? 1 : 2));
  render(<ContactGapsPage />);
  expect(await screen.findByText('结对 12 · 超期 2 · 失联风险 1')).toBeTruthy();
  expect(screen.getByText('30 人 · 未结对 18 · 超期 2 · 失联风险 1')).toBeTruthy();
  expect(screen.getByText('未结对')).toBeTruthy();
  // Only the caller's own branch is offered (plus the villages).
  expect(screen.queryByText('宁波云支部')).toBeNull();
  fireEvent.click(screen.getAllByText('龙井村')[0]);
  expect(await screen.findByText('结对 12 · 超期 1 · 失联风险 1')).toBeTruthy();
  expect(cloud.calls.filter((c) => c.action === 'contact.gaps').map((c) => c.payload)).toEqual([{}, { groupId: 'g1' }]);
  fireEvent.click(screen.getByText('刘芳'));
  expect(navigations).toEqual(['/admin/member/index?id=m1']);
});
