/**
 * A publisher manages what he publishes: images from the phone in a push, the push edited while
 * scheduled, his list with withdraw, job pushes edited and withdrawn in place, and projects
 * (which members never see) corrected in place.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import StudyPublishPage from '@/admin/study-publish/index';
import StudyManagePage from '@/admin/study-manage/index';
import JobsPublishPage from '@/admin/jobs-publish/index';
import ProjectsPage from '@/admin/projects/index';
import { emptyTotals } from '@/domain/hometown/pipeline.rules';
import { PHOTO_MAX_BYTES, PHOTO_MAX_HEIGHT, PHOTO_MAX_WIDTH } from '@/domain/study/photo.rules';
import { installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, uploads } from './helpers/taro';
import { privacy } from './helpers/wx-platform-rules';
import { secretaryOfA, tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => secretaryOfA);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const payloads = (action: string) => cloud.calls.filter((c) => c.action === action).map((c) => c.payload);
const DAY = 86_400_000;

describe('weapp: images in a push come from the phone', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('asks for the privacy agreement, shrinks each picture to the check-in limits, uploads it to his own folder and sends its fileID', async () => {
    cloud.on('study.publish', (p) => ({ ...p, _id: 'p1', publishAt: Date.now() }));
    render(<StudyPublishPage />);
    await screen.findByText('本支部');
    fireEvent.click(screen.getByText('+ 图片（从手机选择）'));
    expect(await screen.findByText('隐私保护提示')).toBeTruthy();
    expect(privacy.asked).toEqual(['chooseMedia']);
    expect(uploads.size).toBe(0);
    fireEvent.click(screen.getByText('同意并继续'));
    await waitFor(() => expect(uploads.size).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getAllByPlaceholderText('图片说明（可不填）')).toHaveLength(uploads.size));
    for (const [cloudPath, f] of uploads) {
      expect(cloudPath).toMatch(/^uploads\/o1\//);
      expect(f.width).toBeLessThanOrEqual(PHOTO_MAX_WIDTH);
      expect(f.height).toBeLessThanOrEqual(PHOTO_MAX_HEIGHT);
      expect(f.size).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
    }

    type('请输入标题', '红色教育：参观旧址');
    type('如：12', '4');
    type('正文段落', '本期组织线上参观。');
    fireEvent.change(screen.getAllByPlaceholderText('图片说明（可不填）')[0], { target: { value: '旧址外景' } });
    fireEvent.change(screen.getByText('请选择打卡截止日期').closest('label')!.querySelector('input')!, { target: { value: '2099-12-31' } });
    fireEvent.click(screen.getByText('发布'));
    expect(await screen.findByText('已发布')).toBeTruthy();
    const body = payloads('study.publish')[0].body;
    const images = body.filter((b: any) => b.type === 'image');
    expect(images.map((b: any) => b.src)).toEqual([...uploads.keys()].map((p) => `cloud://local.bucket/${p}`));
    expect(images[0].caption).toBe('旧址外景');
  });

  it('adds nothing when the publisher declines the privacy guide', async () => {
    render(<StudyPublishPage />);
    await screen.findByText('本支部');
    fireEvent.click(screen.getByText('+ 图片（从手机选择）'));
    fireEvent.click(await screen.findByText('不同意'));
    await waitFor(() => expect(screen.queryByText('隐私保护提示')).toBeNull());
    expect(uploads.size).toBe(0);
    expect(screen.queryByPlaceholderText('图片说明（可不填）')).toBeNull();
  });
});

describe('after publishing', () => {
  it('links to the push, its statistics and the publisher\'s list, and starts a new push on request', async () => {
    cloud.on('study.publish', (p) => ({ ...p, _id: 'p7', publishAt: Date.now() + 2 * DAY }));
    render(<StudyPublishPage />);
    await screen.findByText('本支部');
    type('请输入标题', '定时：党章学习');
    type('如：12', '5');
    type('正文段落', '党章第一章。');
    fireEvent.change(screen.getByText('请选择打卡截止日期').closest('label')!.querySelector('input')!, { target: { value: '2099-12-31' } });
    fireEvent.click(screen.getByText('发布'));
    expect(await screen.findByText('已定时发布')).toBeTruthy();
    fireEvent.click(screen.getByText('查看推送'));
    fireEvent.click(screen.getByText('我发布的学习'));
    expect(navigations).toEqual(['/pages/study-detail/index?id=p7', '/admin/study-manage/index']);
    fireEvent.click(screen.getByText('再发一期'));
    expect((screen.getByPlaceholderText('请输入标题') as HTMLInputElement).value).toBe('');
  });
});

describe('editing a scheduled push', () => {
  const at = Date.UTC(2099, 0, 5, 1, 30); // 09:30 in Shanghai
  const scheduled = {
    _id: 'p9', title: '待发：全会精神', issueNo: 9, kind: '党课', publisherName: '李', publishAt: at, month: '2099-01', dueDay: '2099-01-31',
    audience: { scope: 'branches', branchIds: ['bA'] }, createdAt: 1,
    body: [{ type: 'paragraph', text: '原正文' }, { type: 'image', src: 'cloud://local.bucket/uploads/o1/a.jpg' }],
    imageUrls: { 'cloud://local.bucket/uploads/o1/a.jpg': 'https://tmp.example/a.jpg' },
  };

  it('opens the saved push in the form and sends the whole push to study.update', async () => {
    resetTaro({ id: 'p9' });
    cloud.on('study.get', () => ({ push: scheduled, mine: null, open: false, manageable: true })).on('study.update', (p) => ({ ...scheduled, ...p, _id: 'p9', status: 'scheduled', checkins: 0 }));
    render(<StudyPublishPage />);
    const title = (await screen.findByPlaceholderText('请输入标题')) as HTMLInputElement;
    expect(title.value).toBe('待发：全会精神');
    expect(screen.getByText('09:30')).toBeTruthy();
    expect(document.querySelector('img.push-img-preview')?.getAttribute('src')).toBe('https://tmp.example/a.jpg');
    type('请输入标题', '待发：全会精神（修订）');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('已保存修改')).toBeTruthy();
    expect(payloads('study.update')).toEqual([
      { pushId: 'p9', title: '待发：全会精神（修订）', issueNo: 9, kind: '党课', dueDay: '2099-01-31', publishAt: at, audience: { scope: 'branches', branchIds: ['bA'] }, body: scheduled.body },
    ]);
    expect(payloads('study.publish')).toEqual([]);
  });

  it('says a live push is no longer edited instead of showing the form', async () => {
    resetTaro({ id: 'p9' });
    cloud.on('study.get', () => ({ push: { ...scheduled, publishAt: Date.now() - DAY }, mine: null, open: true, manageable: true }));
    render(<StudyPublishPage />);
    expect(await screen.findByText('该推送已发布，不能再修改；如需更正，请撤回后重新发布')).toBeTruthy();
    expect(screen.queryByText('保存修改')).toBeNull();
  });
});

describe('我发布的学习', () => {
  const row = (over: Record<string, unknown>): Record<string, unknown> => ({ kind: '理论学习', issueNo: 1, dueDay: '2099-12-31', publishAt: Date.UTC(2026, 11, 1), month: '2026-12', audience: { scope: 'branches', branchIds: ['bA'] }, publisherName: '李', createdAt: 1, checkins: 0, ...over });
  const items = [
    row({ _id: 's1', title: '待发推送', status: 'scheduled' }),
    row({ _id: 'l1', title: '进行中推送', status: 'live', checkins: 12 }),
    row({ _id: 'c1', title: '已截止推送', status: 'closed', checkins: 30 }),
    row({ _id: 'w1', title: '已撤回推送', status: 'withdrawn', checkins: 3, withdrawnAt: 5 }),
  ];

  it('shows each push\'s status and check-ins, and offers only what its status allows', async () => {
    cloud.on('study.managed', () => ({ items, nextCursor: null }));
    render(<StudyManagePage />);
    expect(await screen.findByText('待发推送')).toBeTruthy();
    for (const label of ['待发布', '进行中', '已截止', '已撤回']) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByText(/已打卡 12 人/)).toBeTruthy();
    expect(screen.getAllByText('编辑')).toHaveLength(1);
    expect(screen.getAllByText('撤回')).toHaveLength(3);
    expect(screen.getAllByText('统计')).toHaveLength(3);
    fireEvent.click(screen.getByText('编辑'));
    fireEvent.click(screen.getAllByText('统计')[0]);
    expect(navigations).toEqual(['/admin/study-publish/index?id=s1', '/admin/study-stats/index?pushId=l1']);
    expect(payloads('study.managed')).toEqual([{ limit: 20 }]);
  });

  it('withdraws a push once confirmed and shows the list again', async () => {
    let withdrawn = false;
    cloud
      .on('study.managed', () => ({ items: items.map((p) => (p._id === 'l1' && withdrawn ? { ...p, status: 'withdrawn' } : p)), nextCursor: null }))
      .on('study.withdraw', (p) => {
        withdrawn = true;
        return { ...items[1], status: 'withdrawn', pushId: p.pushId };
      });
    render(<StudyManagePage />);
    await screen.findByText('进行中推送');
    fireEvent.click(screen.getAllByText('撤回')[1]); // the scheduled push's, then the live one's
    await waitFor(() => expect(payloads('study.withdraw')).toEqual([{ pushId: 'l1' }]));
    await waitFor(() => expect(screen.queryByText('进行中')).toBeNull());
    expect(payloads('study.managed')).toHaveLength(2);
  });
});

describe('job pushes in the publisher\'s list', () => {
  const job = (over: Record<string, unknown>) => ({
    employer: '西湖龙井茶业', city: '杭州', pay: '6000元/月', contact: '0571-88886666', detail: null, validUntil: '2099-12-31',
    audience: { scope: 'branches', branchIds: ['bA'] }, publisherName: '李', createdAt: 1, valid: true, ...over,
  });

  it('edits his own job push in the form and withdraws it; a county push shows no actions', async () => {
    cloud
      .on('jobs.list', () => ({ items: [job({ _id: 'j1', title: '采茶工', manageable: true }), job({ _id: 'j2', title: '全县快递员', manageable: false, audience: { scope: 'county' } })], nextCursor: null }))
      .on('jobs.update', (p) => job({ ...p, _id: p.jobId, manageable: true }))
      .on('jobs.withdraw', (p) => job({ _id: p.jobId, title: '采茶工', valid: false, withdrawnAt: 9, manageable: true }));
    render(<JobsPublishPage />);
    await screen.findByText('采茶工');
    expect(screen.getAllByText('编辑')).toHaveLength(1);
    fireEvent.click(screen.getByText('编辑'));
    expect(await screen.findByText('修改招工信息')).toBeTruthy();
    expect((screen.getByPlaceholderText('请输入岗位名称') as HTMLInputElement).value).toBe('采茶工');
    type('如：6000-8000 元/月', '6500元/月');
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(payloads('jobs.update')).toHaveLength(1));
    expect(payloads('jobs.update')[0]).toEqual({ jobId: 'j1', title: '采茶工', employer: '西湖龙井茶业', city: '杭州', pay: '6500元/月', contact: '0571-88886666', validUntil: '2099-12-31', audience: { scope: 'branches', branchIds: ['bA'] } });
    await waitFor(() => expect(screen.queryByText('修改招工信息')).toBeNull());

    fireEvent.click(await screen.findByText('撤回'));
    await waitFor(() => expect(payloads('jobs.withdraw')).toEqual([{ jobId: 'j1' }]));
  });
});

describe('projects (not published to members): corrected in place', () => {
  it('sends only the figures that changed, without a stage move', async () => {
    const lead = { _id: 'p1', name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', groupId: null, memberId: null, memberName: null, branchId: 'bA', amount: 100, jobs: 10, note: null, stage: 'lead', history: [], createdAt: 1, updatedAt: 1 };
    cloud
      .on('project.list', () => ({ items: [lead], nextCursor: null, totals: { ...emptyTotals(), lead: { count: 1, amount: 100, jobs: 10 } } }))
      .on('project.update', (p) => ({ ...lead, ...p }));
    render(<ProjectsPage />);
    fireEvent.click(await screen.findByText('修改'));
    fireEvent.change(screen.getByDisplayValue('100'), { target: { value: '120.5' } });
    fireEvent.change(screen.getByDisplayValue('返乡茶园'), { target: { value: '返乡茶园二期' } });
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(payloads('project.update')).toEqual([{ projectId: 'p1', name: '返乡茶园二期', amount: 120.5 }]));
    await waitFor(() => expect(screen.queryByText('保存修改')).toBeNull());
  });
});
