/** 评选 pages: the list, a member's vote, an organiser's nomination, the county's publish and results. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import AwardsPage from '@/pages/awards/index';
import AwardPage from '@/pages/award/index';
import AwardVotePage from '@/pages/award-vote/index';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { navigations, resetTaro, toasts } from './helpers/taro';
import { secretaryOfA, tree } from './helpers/org-fixtures';
import { dayOf } from '@/domain/shared/day.rules';

const member = { openid: 'm1', name: '王小明', grants: [], member: { _id: 'm1', name: '王小明', branchId: 'bA', groupId: 'g1' }, branch: null, group: null, county: tree.county };
const county = { openid: 'c1', name: '组织部', grants: [{ role: 'county' }], member: null, branch: null, group: null, county: tree.county };
const campaign = (over: Record<string, unknown> = {}) => ({
  _id: 'aw1', kind: 'member', title: '2026 年度二十佳流动党员', year: 2026, seats: 20, votesPerVoter: 2, voteStartDay: '2026-12-01', voteEndDay: '2026-12-07',
  status: 'open', createdAt: 1, closedAt: null, publishedAt: null, votingOpen: true, nominationOpen: false, votesLeft: 2, ...over,
});
const candidate = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  candidateId: id, name, sub: '杭州云支部', reason: `${name}：带领老乡就业，热心志愿服务。`, nominatorName: '李', at: 1, votes: null, votedByMe: false, ...over,
});

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('org.tree', () => tree);
});

it('lists campaigns and sends a member with votes to the vote page', async () => {
  cloud.on('member.me', () => member).on('award.list', () => ({ items: [campaign(), campaign({ _id: 'aw0', kind: 'branch', title: '2025 年度十佳流动党组织', seats: 10, votesPerVoter: 1, status: 'published', votingOpen: false })] }));
  render(<AwardsPage />);
  expect(await screen.findByText('二十佳流动党员 · 20 名 · 每人 2 票 · 您还有 2 票')).toBeTruthy();
  expect(screen.queryByText('发起评选')).toBeNull();
  fireEvent.click(screen.getByText('2026 年度二十佳流动党员'));
  fireEvent.click(screen.getByText('2025 年度十佳流动党组织'));
  expect(navigations).toEqual(['/pages/award-vote/index?id=aw1', '/pages/award/index?id=aw0']);
});

it('lets a member vote once per candidate and shows the votes left', async () => {
  resetTaro({ id: 'aw1' });
  const voted: string[] = [];
  cloud
    .on('award.get', () => ({
      campaign: campaign({ votesLeft: 2 - voted.length }),
      candidates: [candidate('c1', '张三', { votedByMe: voted.includes('c1') }), candidate('c2', '李四', { votedByMe: voted.includes('c2') })],
      canNominate: false,
      canManage: false,
    }))
    .on('award.vote', (p) => {
      if (voted.includes(p.candidateId)) throw cloudError('AWARD.ALREADY_VOTED', '您已为该候选人投过票');
      voted.push(p.candidateId);
      return { candidateId: p.candidateId, votesLeft: 2 - voted.length };
    });
  render(<AwardVotePage />);
  expect(await screen.findByText('您还有 2 票')).toBeTruthy();
  expect(screen.getByText('张三：带领老乡就业，热心志愿服务。')).toBeTruthy();
  fireEvent.click(screen.getAllByText('投票')[0]);
  expect(await screen.findByText('您还有 1 票')).toBeTruthy();
  expect(screen.getByText('已投票')).toBeTruthy();
  expect(screen.getAllByText('投票')).toHaveLength(1);
  fireEvent.click(screen.getByText('投票'));
  expect(await screen.findByText('您还有 0 票')).toBeTruthy();
  expect(screen.queryByText('投票')).toBeNull();
  expect(cloud.calls.filter((c) => c.action === 'award.vote').map((c) => c.payload)).toEqual([{ campaignId: 'aw1', candidateId: 'c1' }, { campaignId: 'aw1', candidateId: 'c2' }]);
  expect(toasts).toEqual([]);
});

it('lets a secretary nominate his own branch with a reason checked by the shared schema', async () => {
  resetTaro({ id: 'aw2' });
  cloud
    .on('member.me', () => secretaryOfA)
    .on('award.get', () => ({ campaign: campaign({ _id: 'aw2', kind: 'branch', title: '十佳', seats: 10, votingOpen: false, nominationOpen: true, votesLeft: null }), candidates: [], canNominate: true, canManage: false }))
    .on('award.nominate', (p) => candidate(p.candidateId, '杭州云支部'));
  render(<AwardPage />);
  fireEvent.click(await screen.findByText('杭州云支部'));
  expect(screen.queryByText('宁波云支部')).toBeNull();
  fireEvent.change(screen.getByPlaceholderText('主要事迹与推荐理由'), { target: { value: '很好' } });
  fireEvent.click(screen.getByText('提交推荐'));
  expect(await screen.findByText('推荐理由至少 10 个字')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'award.nominate')).toBe(false);
  fireEvent.change(screen.getByPlaceholderText('主要事迹与推荐理由'), { target: { value: '组织流动党员开展志愿服务三十余次，带动老乡就业。' } });
  fireEvent.click(screen.getByText('提交推荐'));
  await waitFor(() => expect(cloud.calls.some((c) => c.action === 'award.nominate')).toBe(true));
  expect(cloud.calls.find((c) => c.action === 'award.nominate')!.payload).toEqual({ campaignId: 'aw2', candidateId: 'bA', reason: '组织流动党员开展志愿服务三十余次，带动老乡就业。' });
  expect(screen.queryByText('结束投票')).toBeNull();
});

it('lets a secretary find a member of his ledger by name and nominate him', async () => {
  resetTaro({ id: 'aw3' });
  cloud
    .on('member.me', () => secretaryOfA)
    .on('award.get', () => ({ campaign: campaign({ _id: 'aw3', votingOpen: false, nominationOpen: true, votesLeft: null }), candidates: [], canNominate: true, canManage: false }))
    .on('member.list', (p) => ({ items: p.q === '张' ? [{ _id: 'm7', name: '张三', branchName: '杭州云支部', city: '杭州' }] : [], nextCursor: null }))
    .on('award.nominate', (p) => candidate(p.candidateId, '张三'));
  render(<AwardPage />);
  expect(await screen.findByText('输入后选择党员')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('输入姓名、单位或城市'), { target: { value: ' 张 ' } });
  fireEvent.click(await screen.findByText('张三（杭州云支部）'));
  expect(cloud.calls.filter((c) => c.action === 'member.list').map((c) => c.payload)).toEqual([{ q: '张', limit: 20 }]);
  fireEvent.change(screen.getByPlaceholderText('主要事迹与推荐理由'), { target: { value: '组织流动党员开展志愿服务三十余次，带动老乡就业。' } });
  fireEvent.click(screen.getByText('提交推荐'));
  await waitFor(() => expect(cloud.calls.some((c) => c.action === 'award.nominate')).toBe(true));
  expect(cloud.calls.find((c) => c.action === 'award.nominate')!.payload).toEqual({ campaignId: 'aw3', candidateId: 'm7', reason: '组织流动党员开展志愿服务三十余次，带动老乡就业。' });
});

it('lets the county follow the counts and publish the results', async () => {
  resetTaro({ id: 'aw1' });
  let status = 'open';
  cloud
    .on('award.get', () => ({ campaign: campaign({ status, votingOpen: status === 'open', votesLeft: null }), candidates: [], canNominate: true, canManage: true }))
    .on('award.results', () => ({
      campaign: campaign({ status }),
      voters: 37,
      rows: [
        { candidateId: 'c1', name: '张三', sub: '杭州云支部', reason: '', votes: 30, rank: 1, elected: true, tie: false },
        { candidateId: 'c2', name: '李四', sub: '宁波云支部', reason: '', votes: 7, rank: 2, elected: true, tie: true },
      ],
    }))
    .on('award.close', (p) => {
      status = p.publish ? 'published' : 'closed';
      return campaign({ status });
    });
  render(<AwardPage />);
  expect(await screen.findByText('37 人参与投票')).toBeTruthy();
  expect(screen.getByText('30 票 · 当选')).toBeTruthy();
  expect(screen.getByText('7 票 · 当选 · 同票待定')).toBeTruthy();
  fireEvent.click(screen.getByText('公布结果'));
  expect(await screen.findByText('结果已公布')).toBeTruthy();
  expect(screen.queryByText('公布结果')).toBeNull();
  expect(cloud.calls.find((c) => c.action === 'award.close')?.payload).toEqual({ campaignId: 'aw1', publish: true });
});

it('shows a member the candidates but no counts before results are published', async () => {
  resetTaro({ id: 'aw1' });
  cloud.on('award.get', () => ({ campaign: campaign({ status: 'closed', votingOpen: false }), candidates: [candidate('c1', '张三')], canNominate: false, canManage: false }));
  render(<AwardPage />);
  expect(await screen.findByText('已结束，待公布')).toBeTruthy();
  expect(screen.getByText('张三：带领老乡就业，热心志愿服务。')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'award.results')).toBe(false);
  expect(screen.getByText('杭州云支部')).toBeTruthy(); // the candidate's line carries no count
  expect(screen.queryByText(/\d+ 票$/)).toBeNull();
});

it('shows the latest campaigns on the dashboard, with counts where the caller may see them', async () => {
  const { AwardStatsCard } = await import('@/features/award/award-stats-card');
  cloud
    .on('award.list', () => ({ items: [campaign(), campaign({ _id: 'aw0', title: '2025 年度十佳流动党组织', status: 'published', votingOpen: false })] }))
    .on('award.results', (p) => {
      if (p.campaignId === 'aw1') throw cloudError('AWARD.NOT_PUBLISHED', '评选结果尚未公布');
      return { campaign: campaign(), voters: 120, rows: [{ candidateId: 'bA', name: '杭州云支部', sub: '杭州', reason: '', votes: 80, rank: 1, elected: true, tie: false }] };
    });
  render(<AwardStatsCard unit={{}} />);
  expect(await screen.findByText('120 人投票 · 1 名候选 · 领先：杭州云支部（80 票）')).toBeTruthy();
  expect(screen.getByText('投票中，截至 2026-12-07')).toBeTruthy();
  expect(screen.getByText('结果已公布')).toBeTruthy();
});

it('lets the county open a campaign once the shared schema accepts the votes and window', async () => {
  cloud.on('member.me', () => county).on('award.list', () => ({ items: [] })).on('award.open', (p) => campaign(p));
  render(<AwardsPage />);
  fireEvent.click(await screen.findByText('发起评选'));
  fireEvent.click(screen.getByText('二十佳流动党员'));
  fireEvent.change(screen.getByPlaceholderText('每位党员可投几票'), { target: { value: '21' } });
  const day = (label: string) => screen.getByText(`请选择${label}`).closest('label')!.querySelector('input')!;
  fireEvent.change(day('投票开始日期'), { target: { value: '2099-12-01' } });
  fireEvent.change(day('投票结束日期'), { target: { value: '2099-12-07' } });
  fireEvent.click(screen.getAllByText('发起评选').at(-1)!);
  expect(await screen.findByText('每人票数不能多于评选名额（20）')).toBeTruthy();
  expect(cloud.calls.some((c) => c.action === 'award.open')).toBe(false);
  fireEvent.change(screen.getByPlaceholderText('每位党员可投几票'), { target: { value: '5' } });
  fireEvent.click(screen.getAllByText('发起评选').at(-1)!);
  await waitFor(() => expect(cloud.calls.some((c) => c.action === 'award.open')).toBe(true));
  const year = Number(dayOf(Date.now()).slice(0, 4));
  expect(cloud.calls.find((c) => c.action === 'award.open')!.payload).toEqual({
    kind: 'member', title: `${year} 年度二十佳流动党员评选`, year, votesPerVoter: 5, voteStartDay: '2099-12-01', voteEndDay: '2099-12-07',
  });
});
