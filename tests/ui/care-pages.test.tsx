/** 关怀帮扶 pages: the member's 困难求助 (file, my cases), the organiser's queue, a case, family visits, the dashboard card. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import CarePage from '@/pages/care/index';
import CareFilePage from '@/pages/care-file/index';
import CareQueuePage from '@/admin/care-queue/index';
import CareCasePage from '@/pages/care-case/index';
import VisitsPage from '@/admin/visits/index';
import { CareStatsCard } from '@/features/care/care-stats-card';
import { dayOf } from '@/domain/shared/day.rules';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud();
});

const by = { openid: 'm1', name: '王小明' };
const aCase = (over: Record<string, unknown> = {}) => ({
  _id: 'c1', memberId: 'm1', memberName: '王小明', branchId: 'bA', groupId: 'g1', year: 2026, kind: '欠薪维权', description: '工地拖欠三个月工资',
  contact: '电话', state: 'filed', version: 1, assignee: null, filedBy: by, filedAt: Date.UTC(2026, 10, 20, 2), updatedAt: Date.UTC(2026, 10, 20, 2),
  memberPhone: '13812345678', masked: false, can: { assign: false, moveTo: [] },
  timeline: [{ at: Date.UTC(2026, 10, 20, 2), by, action: 'file', state: 'filed', note: null }], ...over,
});
const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

describe('member: 困难求助', () => {
  it('lists my cases with their state and the person handling each, and opens one', async () => {
    cloud.on('care.list', () => ({ items: [aCase({ state: 'in_progress', assignee: { openid: null, name: '赵德明' } })], nextCursor: null }));
    render(<CarePage />);
    expect(await screen.findByText('办理中')).toBeTruthy();
    expect(screen.getByText(/负责人 赵德明/)).toBeTruthy();
    expect(cloud.calls[0]).toEqual({ action: 'care.list', payload: { mine: true } });
    fireEvent.click(screen.getByText('欠薪维权'));
    expect(navigations).toEqual(['/pages/care-case/index?id=c1']);
    fireEvent.click(screen.getByText('我要求助'));
    expect(navigations[1]).toBe('/pages/care-file/index');
  });

  it('files a difficulty after the shared schema accepts it', async () => {
    cloud.on('care.file', (p) => aCase(p));
    render(<CareFilePage />);
    fireEvent.click(screen.getByText('提交求助'));
    expect(await screen.findByText('请选择困难类型')).toBeTruthy();
    expect(cloud.calls).toEqual([]);

    fireEvent.click(screen.getByText('老人就医'));
    type('请说明遇到的困难和需要的帮助', '母亲在老家住院，无人照看');
    fireEvent.click(screen.getByText('微信'));
    fireEvent.click(screen.getByText('提交求助'));
    await waitFor(() => expect(navigations).toEqual(['(back)']));
    expect(cloud.calls).toEqual([{ action: 'care.file', payload: { kind: '老人就医', description: '母亲在老家住院，无人照看', contact: '微信' } }]);
    expect(toasts).toEqual(['输入有误：困难类型、情况说明', '已提交，请留意办理进度']);
  });

  it('lets an organiser file on behalf of a member he picks by name', async () => {
    resetTaro({ onBehalf: '1' });
    cloud.on('member.list', () => ({ items: [{ _id: 'm7', name: '刘芳', city: '宁波' }], nextCursor: null })).on('care.file', (p) => aCase(p));
    render(<CareFilePage />);
    expect(screen.queryByText('提交求助')).toBeNull();
    type('输入党员姓名查找', '刘');
    fireEvent.click(await screen.findByText('刘芳（宁波）'));
    fireEvent.click(screen.getByText('就业'));
    type('请说明遇到的困难和需要的帮助', '工厂停工，想找新的工作');
    fireEvent.click(screen.getByText('提交求助'));
    await waitFor(() => expect(navigations).toEqual(['(back)']));
    expect(cloud.calls.find((c) => c.action === 'care.file')?.payload).toEqual({ kind: '就业', description: '工厂停工，想找新的工作', memberId: 'm7' });
  });

  it('shows a case\'s progress timeline without controls for the member', async () => {
    resetTaro({ id: 'c1' });
    const steps = [
      ...aCase().timeline,
      { at: Date.UTC(2026, 10, 21, 1), by: { openid: 's', name: '李书记' }, action: 'transition', state: 'accepted', note: '已受理，联系劳动监察' },
      { at: Date.UTC(2026, 10, 25, 1), by: { openid: 's', name: '李书记' }, action: 'transition', state: 'resolved', note: '工资已到账' },
    ];
    cloud.on('care.get', () => ({ case: aCase({ state: 'resolved', timeline: steps }), assignees: [] }));
    render(<CareCasePage />);
    expect(await screen.findByText('工资已到账')).toBeTruthy();
    expect(screen.getByText('已受理，联系劳动监察')).toBeTruthy();
    expect(screen.getByText('欠薪维权 · 已解决')).toBeTruthy();
    expect(screen.queryByText('确认处理')).toBeNull();
    expect(screen.queryByText('指派')).toBeNull();
  });
});

describe('organiser: queue and case', () => {
  it('filters the queue by state, kind and my own work', async () => {
    cloud.on('care.list', () => ({ items: [aCase()], nextCursor: null }));
    render(<CareQueuePage />);
    expect(await screen.findByText('王小明 · 欠薪维权')).toBeTruthy();
    fireEvent.click(screen.getByText('办理中'));
    await waitFor(() => expect(cloud.calls).toHaveLength(2));
    fireEvent.click(screen.getByText('工伤'));
    await waitFor(() => expect(cloud.calls).toHaveLength(3));
    fireEvent.click(screen.getByText('我负责的'));
    await waitFor(() => expect(cloud.calls).toHaveLength(4));
    expect(cloud.calls.map((c) => c.payload)).toEqual([{}, { state: 'in_progress' }, { state: 'in_progress', kind: '工伤' }, { state: 'in_progress', kind: '工伤', assignedToMe: true }]);
  });

  it('assigns and moves a case with a note, sending the version on screen', async () => {
    resetTaro({ id: 'c1' });
    let current = aCase({ can: { assign: true, moveTo: ['accepted', 'cannot_resolve'] } });
    cloud
      .on('care.get', () => ({ case: current, assignees: [{ openid: 'cadre_1', name: '张村干部', role: '村干部' }, { openid: 'oXyZ_unnamed', name: null, role: '支部书记' }] }))
      .on('care.assign', (p) => (current = aCase({ version: 2, assignee: { openid: p.assigneeOpenid, name: '张村干部' }, can: { assign: true, moveTo: ['accepted', 'cannot_resolve'] } })))
      .on('care.transition', (p) => (current = aCase({ version: 3, state: p.to, assignee: { openid: 'cadre_1', name: '张村干部' }, can: { assign: true, moveTo: ['in_progress', 'cannot_resolve'] } })));
    render(<CareCasePage />);
    await screen.findByText('待指派');
    fireEvent.click(screen.getByText('指派'));
    expect(await screen.findByText('请选择负责人')).toBeTruthy();
    // An organiser with no name on file is still a person, never his openid.
    expect(screen.getByText('未填写姓名（支部书记）')).toBeTruthy();
    expect(screen.queryByText(/oXyZ_unnamed/)).toBeNull();
    fireEvent.click(screen.getByText('张村干部（村干部）'));
    fireEvent.click(screen.getByText('指派'));
    await screen.findByText('改派（现负责人：张村干部）');

    fireEvent.click(screen.getByText('受理'));
    fireEvent.click(screen.getByText('确认处理'));
    expect(await screen.findByText('请填写处理说明')).toBeTruthy();
    type('每一步都请写明做了什么', '已电话联系本人');
    fireEvent.click(screen.getByText('确认处理'));
    await screen.findByText('开始办理');
    const sent = cloud.calls.filter((c) => c.action !== 'care.get').map((c) => c.payload);
    expect(sent).toEqual([
      { caseId: 'c1', assigneeOpenid: 'cadre_1', version: 1 },
      { caseId: 'c1', to: 'accepted', note: '已电话联系本人', version: 2 },
    ]);
  });

  it('reloads the case when someone else acted on it first', async () => {
    resetTaro({ id: 'c1' });
    cloud
      .on('care.get', () => ({ case: aCase({ assignee: { openid: 'x', name: '甲' }, can: { assign: false, moveTo: ['accepted', 'cannot_resolve'] } }), assignees: [] }))
      .on('care.transition', () => {
        throw cloudError('CARE.STALE', '该求助已被他人处理，请刷新后再操作');
      });
    render(<CareCasePage />);
    fireEvent.click(await screen.findByText('无法解决'));
    type('每一步都请写明做了什么', '不属于帮扶范围');
    fireEvent.click(screen.getByText('确认处理'));
    await waitFor(() => expect(toasts).toEqual(['该求助已被他人处理，请刷新后再操作']));
    await waitFor(() => expect(cloud.calls.filter((c) => c.action === 'care.get')).toHaveLength(2));
  });
});

describe('organiser: 走访慰问 and the dashboard card', () => {
  it('logs a visit for a member found by name, then lists it', async () => {
    const logged: any[] = [];
    cloud
      .on('member.list', (p) => ({ items: p.q === '王' ? [{ _id: 'm1', name: '王小明', city: '杭州' }] : [], nextCursor: null }))
      .on('visit.log', (p) => {
        const visit = { _id: 'v1', memberName: '王小明', branchId: 'bA', groupId: 'g1', year: 2026, by, at: 1, ...p, amountFen: p.amount ? p.amount * 100 : null };
        logged.push(visit);
        return { visit, firstOfYear: true };
      })
      .on('visit.list', () => ({ items: logged, nextCursor: null }));
    render(<VisitsPage />);
    expect(await screen.findByText('还没有走访记录')).toBeTruthy();
    fireEvent.click(screen.getByText('保存走访记录'));
    expect(await screen.findByText('请选择走访的党员家庭')).toBeTruthy();

    type('输入党员姓名查找', '王');
    fireEvent.click(await screen.findByText('王小明（杭州）'));
    fireEvent.change(screen.getByDisplayValue(/^\d{4}-\d{2}-\d{2}$/), { target: { value: '2026-11-20' } });
    type('多人用顿号或逗号分隔', '李书记、王村长');
    type('如：米、油各一份；协调孩子入学', '米和油，协调孩子入学');
    type('如：500', '300.5');
    fireEvent.click(screen.getByText('保存走访记录'));
    expect(await screen.findByText('走访人：李书记、王村长')).toBeTruthy();
    expect(screen.getByText('· 慰问金 300.5 元', { exact: false })).toBeTruthy();
    expect(cloud.calls.find((c) => c.action === 'visit.log')?.payload).toEqual({ memberId: 'm1', day: '2026-11-20', visitors: ['李书记', '王村长'], given: '米和油，协调孩子入学', amount: 300.5 });
  });

  it('shows the unit\'s families visited and difficulties solved on the dashboard', async () => {
    cloud.on('care.stats', (p) => ({
      year: p.year, unit: { kind: 'branch', id: 'bA', name: '杭州云支部' }, filed: 3, open: 1, resolved: 2, visits: 5, families: 4, amount: 800,
      byKind: { 子女上学: 1, 老人就医: 0, 工伤: 0, 欠薪维权: 2, 就业: 0, 其他: 0 },
      byState: { filed: 1, accepted: 0, in_progress: 0, resolved: 2, cannot_resolve: 0 },
    }));
    render(<CareStatsCard unit={{ branchId: 'bA' }} />);
    expect(await screen.findByText(/走访家庭 4 户 · 走访 5 次 · 解决困难 2 件/)).toBeTruthy();
    expect(screen.getByText('子女上学 1 · 欠薪维权 2')).toBeTruthy();
    expect(cloud.calls[0].payload).toEqual({ year: Number(dayOf(Date.now()).slice(0, 4)), branchId: 'bA' });
  });
});
