/** 反哺家乡: suggestions, return-home projects, talent stations, job pushes and the hometown dashboard card. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import type { TestCloud } from '../../functions/helpers/cloud';
import { allowed, answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;
const notJoined = E.MEMBER_NOT_JOINED;

/**
 * Texts that exist only in branch A's / G1's hometown records: a suggestion, a project and a job
 * push aimed there. Added to the world's secrets, so an outsider's answer showing any of them fails
 * the leak check exactly like the target's phone would.
 */
const SECRET = {
  suggestion: '龙井村茶叶合作社建议甲一',
  project: '龙井村返乡茶园项目甲一',
  job: '西湖茶企招工甲一',
} as const;

/** Branch A's hometown records (and some of branch B's), made through the real actions as tests/functions/hometown-*.test.ts do. */
async function seed(tc: TestCloud, w: World) {
  const suggestion = await tc.data(openids.target, 'suggest.submit', {
    title: '发展茶叶合作社',
    text: `${SECRET.suggestion}：建议村里牵头成立茶叶合作社，统一品牌和销路。`,
    category: '产业',
  });
  const project = await tc.data(openids.secA, 'project.create', {
    name: SECRET.project,
    kind: '创业',
    industry: '茶叶',
    location: '汤山镇龙井村',
    groupId: w.G1._id,
    memberId: w.memberIds.target,
    amount: 120.5,
    jobs: 12,
    branchId: w.A._id,
  });
  // A talent station headed by the target: every insider sees it, his phone only those who manage him.
  const station = await tc.data(openids.county, 'station.save', {
    city: '杭州',
    name: '杭州人才工作站',
    head: { kind: 'member', memberId: w.memberIds.target },
    contact: '西湖区文三路 1 号',
  });
  await tc.data(openids.secA, 'jobs.publish', {
    title: SECRET.job,
    employer: '西湖龙井茶业有限公司',
    city: '杭州',
    pay: '6000元/月',
    contact: '0571-88886666',
    validUntil: '2099-12-31',
    audience: { scope: 'branches', branchIds: [w.A._id] },
  });
  // Branch B's own records, so the outsiders' own-scope answers have rows to tell apart from A's.
  const suggestionB = await tc.data(openids.otherMember, 'suggest.submit', { title: '修建村文化礼堂', text: '虎跑村缺少活动场所，建议利用旧校舍改建文化礼堂。', category: '基础设施' });
  const projectB = await tc.data(openids.otherSecretary, 'project.create', { name: '返乡电商', kind: '创业', industry: '电商', location: '虎跑村', amount: 50, jobs: 5, branchId: w.B._id });
  await tc.data(openids.otherSecretary, 'jobs.publish', {
    title: '港口装卸工',
    employer: '宁波港务公司',
    city: '宁波',
    pay: '7000元/月',
    contact: '0574-88886666',
    validUntil: '2099-12-31',
    audience: { scope: 'branches', branchIds: [w.B._id] },
  });
  w.secrets.push(...Object.values(SECRET));
  return {
    suggestionId: suggestion._id as string,
    projectId: project._id as string,
    stationId: station._id as string,
    suggestionB: suggestionB._id as string,
    projectB: projectB._id as string,
  };
}

type Fixtures = Awaited<ReturnType<typeof seed>>;

export default defineArea<Fixtures>({
  area: 'hometown',
  seed,
  cases: {
    'suggest.submit': {
      as: 'target',
      valid: (w) => ({ title: '修缮村道', text: '村口到茶园的道路坑洼，建议硬化并加装路灯。', category: '基础设施', groupId: w.G1._id }),
      outsiders: {
        otherMember: allowed('a member may suggest for any village of the county, under his own name and branch'),
        otherSecretary: notJoined,
        outsideCadre: allowed('a joined member too: his own suggestion for any village'),
        outsideInflow: notJoined,
        stranger: notJoined,
      },
    },
    'suggest.list': {
      as: 'secA',
      valid: () => ({ manage: true, status: 'submitted' }),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn('the queue of his own branch (branch A’s suggestion is not in it)'),
        outsideCadre: answersOwn('the queue of his own village G2'),
        outsideInflow: F,
        stranger: F,
      },
    },
    'suggest.reply': {
      as: 'secA',
      valid: (_w, f) => ({ suggestionId: f.suggestionId, text: '已转镇农办研究，下月村民代表会上讨论。', status: 'replied' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a suggestion of branch B', payload: (_w, f) => ({ suggestionId: f.suggestionB, text: '已转镇农办研究。', status: 'replied' }) }],
    },
    'project.create': {
      as: 'secA',
      valid: (w) => ({
        name: '返乡民宿',
        kind: '投资',
        industry: '乡村旅游',
        location: '汤山镇龙井村',
        groupId: w.G1._id,
        memberId: w.memberIds.target,
        amount: 300,
        jobs: 8,
        note: '王目标牵线',
        branchId: w.A._id,
      }),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'a project of branch B', payload: (w) => ({ name: '返乡民宿', kind: '投资', industry: '乡村旅游', location: '虎跑村', amount: 300, jobs: 8, branchId: w.B._id }) },
        { why: 'his branch’s project naming a member of branch B', payload: (w) => ({ name: '返乡民宿', kind: '投资', industry: '乡村旅游', location: '汤山镇龙井村', memberId: w.memberIds.otherMember, amount: 300, jobs: 8, branchId: w.A._id }) },
      ],
    },
    'project.update': {
      as: 'secA',
      valid: (_w, f) => ({ projectId: f.projectId, stage: 'negotiating', amount: 150, note: '已与投资方见面' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a project of branch B', payload: (_w, f) => ({ projectId: f.projectB, stage: 'negotiating' }) }],
    },
    'project.list': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id, stage: 'lead' }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the projects of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'station.save': {
      as: 'county',
      valid: (w, f) => ({
        stationId: f.stationId,
        city: '杭州',
        name: '杭州西湖人才工作站',
        head: { kind: 'member', memberId: w.memberIds.target },
        contact: '西湖区文三路 1 号',
        notes: '每月第一个周六开放',
      }),
      outsiders: refusedToAll(F),
    },
    'station.list': {
      as: 'target',
      valid: () => ({ city: '杭州' }),
      reads: true,
      outsiders: {
        otherMember: answersOwn('stations are for every member; the target heading one shows with a masked phone'),
        otherSecretary: answersOwn('our organisers see the stations; the head’s phone masked (he does not manage him)'),
        outsideCadre: answersOwn('as a member and organiser; the head’s phone masked'),
        // 双向共管: the inflow side and strangers do not see stations (docs/decisions/security.md “Who sees what”).
        outsideInflow: F,
        stranger: F,
      },
    },
    'jobs.publish': {
      as: 'secA',
      valid: (w) => ({
        title: '茶叶加工工',
        employer: '西湖龙井茶业有限公司',
        city: '杭州',
        pay: '5500元/月',
        contact: '0571-88886666',
        detail: '包住宿，熟手优先',
        validUntil: '2099-12-31',
        audience: { scope: 'branches', branchIds: [w.A._id] },
      }),
      outsiders: refusedToAll(F),
      beyond: [
        {
          why: 'branches A and B',
          payload: (w) => ({ title: '茶叶加工工', employer: '西湖龙井茶业有限公司', city: '杭州', pay: '5500元/月', contact: '0571-88886666', validUntil: '2099-12-31', audience: { scope: 'branches', branchIds: [w.A._id, w.B._id] } }),
        },
      ],
    },
    'jobs.list': {
      as: 'target',
      valid: () => ({ limit: 20 }),
      reads: true,
      outsiders: {
        otherMember: answersOwn('pushes reaching his own branch B / city 宁波 (branch A’s push is not among them)'),
        otherSecretary: notJoined,
        outsideCadre: answersOwn('as a member of branch B'),
        outsideInflow: notJoined,
        stranger: notJoined,
      },
    },
    'hometown.stats': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the figures of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
  },
});
