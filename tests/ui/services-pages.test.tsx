/** 微党课, 学习资料寄送 and 调解维权 pages: the member's and the organiser's sides, driven like a user. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import LessonsPage from '@/pages/lessons/index';
import LessonReviewPage from '@/admin/lessons/index';
import MyMailingsPage from '@/pages/mailings/index';
import MailingPage from '@/admin/mailing/index';
import MediationPage from '@/admin/mediation/index';
import { MediationStatsCard } from '@/features/mediation/mediation-stats-card';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

const TEXT = '今天给大家讲一讲在外务工如何发挥党员作用：守住底线，遵纪守法；主动帮助身边的老乡，遇到欠薪、工伤及时向支部反映。';
const lesson = (over: Record<string, unknown> = {}) => ({
  _id: 'l1', memberId: 'm1', authorName: '王小明', branchId: 'bA', groupId: 'g1', title: '务工路上守初心', text: TEXT, images: [], imageUrls: [], videoUrl: null,
  state: 'submitted', submittedAt: Date.UTC(2026, 11, 1, 2), updatedAt: Date.UTC(2026, 11, 1, 2), review: null, pushId: null, can: { review: false, resubmit: false }, ...over,
});
const me = { openid: 'm1_openid', name: '王小明', grants: [], member: { _id: 'm1', branchId: 'bA', groupId: 'g1' } };
const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

describe('微党课', () => {
  it('shows my returned lesson with its reason, refuses a short text in the page, and submits a valid one', async () => {
    cloud.on('member.me', () => me).on('lesson.list', () => ({ items: [lesson({ state: 'returned', review: { at: 1, byName: '李书记', decision: 'return', reason: '请补充一个案例' }, can: { review: false, resubmit: true } })], nextCursor: null }));
    cloud.on('lesson.submit', (p) => lesson(p));
    render(<LessonsPage />);
    expect(await screen.findByText('退回理由：请补充一个案例')).toBeTruthy();
    expect(screen.getByText('已退回')).toBeTruthy();

    type('请输入标题', '我的第一堂微党课');
    type('讲稿正文（至少 50 个字，空一行分段）', '太短');
    fireEvent.click(screen.getByText('提交审核'));
    expect(await screen.findByText('正文至少 50 个字')).toBeTruthy();
    expect(cloud.calls.some((c) => c.action === 'lesson.submit')).toBe(false);

    type('讲稿正文（至少 50 个字，空一行分段）', TEXT);
    fireEvent.click(screen.getByText('提交审核'));
    await waitFor(() => expect(cloud.calls.find((c) => c.action === 'lesson.submit')?.payload).toEqual({ title: '我的第一堂微党课', text: TEXT }));
  });

  it('lets the secretary approve a waiting lesson with its 期号 and due day', async () => {
    cloud.on('lesson.list', () => ({ items: [lesson({ can: { review: true, resubmit: false } })], nextCursor: null })).on('lesson.review', (p) => lesson({ state: 'published', ...p }));
    render(<LessonReviewPage />);
    expect(await screen.findByText(TEXT)).toBeTruthy();
    expect(cloud.calls[0]).toEqual({ action: 'lesson.list', payload: { state: 'submitted' } });
    type('请输入期号', '5');
    fireEvent.click(screen.getByText('通过并发布'));
    await waitFor(() => expect(cloud.calls.find((c) => c.action === 'lesson.review')?.payload).toMatchObject({ lessonId: 'l1', decision: 'approve', issueNo: 5, dueDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
  });
});

describe('学习资料寄送', () => {
  const item = (over: Record<string, unknown> = {}) => ({ _id: 'b1_m1', batchId: 'b1', title: '《党章》学习读本', memberId: 'm1', memberName: '王小明', branchId: 'bA', groupId: 'g1', address: '浙江省杭州市西湖区文三路 100 号', sentAt: 1, receivedAt: null, ...over });

  it('lets the member confirm a parcel', async () => {
    let received: number | null = null;
    cloud.on('mailing.mine', () => ({ items: [item({ receivedAt: received })] })).on('mailing.confirm', () => item({ receivedAt: (received = 2) }));
    render(<MyMailingsPage />);
    expect(await screen.findByText('已寄出')).toBeTruthy();
    fireEvent.click(screen.getByText('确认签收'));
    expect(await screen.findByText('已签收')).toBeTruthy();
    expect(cloud.calls.find((c) => c.action === 'mailing.confirm')?.payload).toEqual({ batchId: 'b1' });
  });

  it('lets the organiser mark every recipient not yet marked as sent', async () => {
    resetTaro({ id: 'b1' });
    const batch = { _id: 'b1', title: '《党章》学习读本', note: null, branchIds: ['bA'], groupIds: ['g1'], byName: '李书记', createdAt: 1, counts: { recipients: 2, sent: 0, received: 0 } };
    cloud.on('mailing.get', () => ({ batch, items: [item({ sentAt: null, masked: false }), item({ _id: 'b1_m2', memberId: 'm2', memberName: '刘芳', address: null, sentAt: null, masked: false })] }));
    cloud.on('mailing.markSent', (p) => ({ batch, marked: p.memberIds.length }));
    render(<MailingPage />);
    expect(await screen.findByText('档案中没有邮寄地址')).toBeTruthy();
    fireEvent.click(screen.getByText('全部标记已寄出（2 人）'));
    await waitFor(() => expect(cloud.calls.find((c) => c.action === 'mailing.markSent')?.payload).toEqual({ batchId: 'b1', memberIds: ['m1', 'm2'] }));
  });
});

describe('调解维权', () => {
  it('registers a 老乡 brought by a member only once his consent is ticked, with a handler picked from the list', async () => {
    cloud.on('mediation.list', () => ({ items: [], nextCursor: null })).on('member.list', () => ({ items: [{ _id: 'm7', name: '刘芳', city: '宁波' }], nextCursor: null }));
    cloud.on('mediation.handlers', () => ({ items: [{ openid: 'sec_a', name: '李书记', role: '支部书记' }] })).on('mediation.open', (p) => ({ _id: 'c1', ...p }));
    render(<MediationPage />);
    fireEvent.click(await screen.findByText('登记调解'));
    fireEvent.click(screen.getByText('党员带来的老乡'));
    type('输入党员姓名查找', '刘');
    fireEvent.click(await screen.findByText('刘芳（宁波）'));
    fireEvent.click(await screen.findByText('李书记（支部书记）'));
    type('请输入老乡姓名', '王老乡');
    type('请输入老乡手机号', '13722223333');
    fireEvent.click(screen.getByText('工伤赔偿'));
    type('请说明事情经过和诉求', '在工地摔伤，老板不肯赔医药费');
    fireEvent.click(screen.getByText('登记调解'));
    expect(await screen.findByText('请先征得当事人同意记录姓名和电话')).toBeTruthy();
    expect(cloud.calls.some((c) => c.action === 'mediation.open')).toBe(false);

    fireEvent.click(screen.getByText(/已当面征得老乡同意/));
    fireEvent.click(screen.getByText('登记调解'));
    await waitFor(() =>
      expect(cloud.calls.find((c) => c.action === 'mediation.open')?.payload).toEqual({
        party: { kind: 'villager', name: '王老乡', phone: '13722223333', consent: true, broughtBy: 'm7' },
        kind: '工伤赔偿',
        description: '在工地摔伤，老板不肯赔医药费',
        handlerOpenid: 'sec_a',
      }),
    );
    expect(toasts[0]).toContain('当事人同意');
  });

  it('shows the year\'s counts per kind on the dashboard', async () => {
    const zero = { open: 0, closed: 0, resolved: 0 };
    cloud.on('mediation.stats', () => ({ year: 2026, unit: { kind: 'branch', id: 'bA' }, open: 1, closed: 2, byKind: { 工伤赔偿: { open: 1, closed: 2, resolved: 1 }, 欠薪: zero, 劳务纠纷: zero, 就医: zero, 就学: zero } }));
    render(<MediationStatsCard unit={{ branchId: 'bA' }} />);
    expect(await screen.findByText(/办理中 1 件 · 已结案 2 件/)).toBeTruthy();
    expect(screen.getByText(/办理中 1 · 已结案 2（化解 1）/)).toBeTruthy();
  });
});
