/** The organiser's hometown pages: the suggestion queue, the projects pipeline, stations admin, job publishing. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import SuggestionsPage from '@/admin/suggestions/index';
import ProjectsPage from '@/admin/projects/index';
import StationsPage from '@/pages/stations/index';
import JobsPublishPage from '@/admin/jobs-publish/index';
import { emptyTotals } from '@/domain/hometown/pipeline.rules';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';

let cloud: FakeCloud;
const countyMe = { ...secretaryOfA, openid: 'c1', name: '周部长', grants: [{ role: 'county' }] };
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree).on('member.me', () => secretaryOfA);
});

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const payloads = (action: string) => cloud.calls.filter((c) => c.action === action).map((c) => c.payload);

it('answers a suggestion from the queue and reloads it', async () => {
  const s = { _id: 's1', memberId: 'mm1', authorName: '王小明', branchId: 'bA', groupId: 'g1', villageName: '龙井村', title: '建冷库', text: '猕猴桃每年烂掉不少。', category: '产业', status: 'submitted', replies: [], createdAt: 1, updatedAt: 1 };
  let queue = [s];
  cloud
    .on('suggest.list', () => ({ items: queue, nextCursor: null }))
    .on('suggest.reply', (p) => {
      queue = [];
      return { ...s, status: p.status, replies: [{ byName: '李', text: p.text, status: p.status, at: 2 }] };
    });
  render(<SuggestionsPage />);
  expect(await screen.findByText('王小明 · 龙井村 · 1970-01-01 08:00')).toBeTruthy();
  fireEvent.click(screen.getByText('答复'));
  type('答复内容，党员可以看到', '已列入明年村集体经济项目');
  fireEvent.click(screen.getAllByText('已采纳').at(-1)!);
  fireEvent.click(screen.getByText('提交答复'));
  await waitFor(() => expect(toasts).toContain('已答复'));
  expect(payloads('suggest.reply')).toEqual([{ suggestionId: 's1', text: '已列入明年村集体经济项目', status: 'adopted' }]);
  expect(await screen.findByText('没有需要处理的建议')).toBeTruthy();
  expect(payloads('suggest.list')).toEqual([{ manage: true, status: 'submitted' }, { manage: true, status: 'submitted' }]);
});

it('shows the pipeline totals, registers a lead for his branch and moves a project', async () => {
  const lead = { _id: 'p1', name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', groupId: null, memberId: null, memberName: null, branchId: 'bA', amount: 100, jobs: 10, note: null, stage: 'lead', history: [{ from: null, to: 'lead', at: 1, byName: '李', note: null }], createdAt: 1, updatedAt: 1 };
  cloud
    .on('project.list', () => ({ items: [lead], nextCursor: null, totals: { ...emptyTotals(), lead: { count: 1, amount: 100, jobs: 10 } } }))
    .on('project.update', (p) => ({ ...lead, stage: p.stage }))
    .on('project.create', (p) => ({ ...lead, ...p, _id: 'p2' }));
  render(<ProjectsPage />);
  expect(await screen.findByText('1 个 · 100 万元 · 10 个岗位')).toBeTruthy();
  // a lead may go to negotiation or be dropped, never straight to landed
  expect(screen.queryByText('转为已落地')).toBeNull();
  fireEvent.click(screen.getByText('转为洽谈中'));
  await waitFor(() => expect(payloads('project.update')).toEqual([{ projectId: 'p1', stage: 'negotiating' }]));

  fireEvent.click(await screen.findByText('登记新项目'));
  expect(screen.queryByText('县委组织部')).toBeNull(); // a secretary files for his branch only
  type('请输入项目名称', '电商仓储');
  type('如：茶叶种植', '物流');
  type('如：汤山镇龙井村', '汤山镇');
  type('如：120.5', '50.5');
  type('如：30', '8');
  fireEvent.click(screen.getAllByText('登记项目').at(-1)!);
  await waitFor(() => expect(payloads('project.create')).toHaveLength(1));
  expect(payloads('project.create')[0]).toEqual({ name: '电商仓储', kind: '创业', industry: '物流', location: '汤山镇', amount: 50.5, jobs: 8, branchId: 'bA' });
});

it('picks a referring member by name, clears him, and files the project with the one picked last', async () => {
  cloud
    .on('project.list', () => ({ items: [], nextCursor: null, totals: emptyTotals() }))
    .on('member.list', (p) => ({ items: p.q === '刘' ? [{ _id: 'm7', name: '刘芳', city: '宁波' }] : [], nextCursor: null }))
    .on('project.create', (p) => ({ ...p, _id: 'p2' }));
  render(<ProjectsPage />);
  fireEvent.click(await screen.findByText('登记新项目'));
  type('输入党员姓名查找', '赵');
  expect(await screen.findByText('没有找到')).toBeTruthy();
  type('输入党员姓名查找', '刘');
  fireEvent.click(await screen.findByText('刘芳（宁波）'));
  fireEvent.click(screen.getByText('刘芳 · 宁波 ✕'));
  expect(screen.queryByText('刘芳 · 宁波 ✕')).toBeNull();
  fireEvent.click(screen.getByText('刘芳（宁波）'));
  expect(screen.getByText('刘芳 · 宁波 ✕')).toBeTruthy();
  type('请输入项目名称', '电商仓储');
  type('如：茶叶种植', '物流');
  type('如：汤山镇龙井村', '汤山镇');
  type('如：120.5', '50');
  type('如：30', '8');
  fireEvent.click(screen.getAllByText('登记项目').at(-1)!);
  await waitFor(() => expect(payloads('project.create')).toHaveLength(1));
  expect(payloads('project.create')[0]).toMatchObject({ name: '电商仓储', memberId: 'm7' });
  expect(payloads('member.list')).toEqual([{ q: '赵', limit: 10 }, { q: '刘', limit: 10 }]);
});

it('shows the schema error of a bad amount without calling the function', async () => {
  cloud.on('project.list', () => ({ items: [], nextCursor: null, totals: emptyTotals() }));
  render(<ProjectsPage />);
  fireEvent.click(await screen.findByText('登记新项目'));
  type('请输入项目名称', '电商仓储');
  type('如：120.5', '1.234');
  fireEvent.click(screen.getAllByText('登记项目').at(-1)!);
  expect(await screen.findByText('金额最多两位小数')).toBeTruthy();
  expect(payloads('project.create')).toEqual([]);
});

it('lets the county add a station headed by a named person', async () => {
  cloud.on('member.me', () => countyMe).on('station.list', () => ({ items: [] })).on('station.save', (p) => ({ ...p, _id: 'st1' }));
  render(<StationsPage />);
  fireEvent.click(await screen.findByText('新增工作站'));
  type('如：上海', '上海');
  type('请输入工作站名称', '上海人才工作站');
  type('请输入站长姓名', '王站长');
  type('请输入站长手机号', '13912345678');
  type('电话、微信或地址', '021-55550000');
  fireEvent.click(screen.getAllByText('新增工作站').at(-1)!);
  await waitFor(() => expect(payloads('station.save')).toHaveLength(1));
  expect(payloads('station.save')[0]).toEqual({ city: '上海', name: '上海人才工作站', head: { kind: 'person', name: '王站长', phone: '13912345678' }, contact: '021-55550000' });
});

it('lets a secretary publish a job to his branch, and shows a refusal as a toast', async () => {
  cloud.on('jobs.list', () => ({ items: [], nextCursor: null })).on('jobs.publish', () => {
    throw cloudError('CONTENT.RISKY', '招工信息含有不适宜发布的内容，请修改后再提交');
  });
  render(<JobsPublishPage />);
  await screen.findByText('本支部');
  expect(screen.queryByText('全县')).toBeNull();
  type('请输入岗位名称', '快递分拣');
  type('请输入用工单位', '杭州某物流');
  type('请输入工作城市', '杭州');
  type('如：6000-8000 元/月', '日结 200 元');
  type('请输入联系方式', '13800000000');
  fireEvent.change(screen.getByText('请选择有效期至').closest('label')!.querySelector('input')!, { target: { value: '2099-12-31' } });
  fireEvent.click(screen.getByText('发布'));
  await waitFor(() => expect(toasts).toContain('招工信息含有不适宜发布的内容，请修改后再提交'));
  expect(payloads('jobs.publish')).toEqual([
    { title: '快递分拣', employer: '杭州某物流', city: '杭州', pay: '日结 200 元', contact: '13800000000', validUntil: '2099-12-31', audience: { scope: 'branches', branchIds: ['bA'] } },
  ]);
  expect(payloads('jobs.list')).toEqual([{ manage: true }]);
});
