import type { Caller } from '@/domain/auth/grant';
import { coversMembers, listScope, onlyInflow, runsAnyBranch } from '@/domain/auth/scope.rules';
import { mayCoManage } from '@/domain/agreement/co-manage.rules';
import { canManageStations, suggestionScope } from '@/domain/hometown/hometown-scope.rules';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import { readsRoles } from '@/domain/roles/role-change.rules';
import { holdsActivities } from '@/domain/activity/activity-scope.rules';
import { decidesMoves } from '@/domain/transfer/transfer.rules';

/** One tile on the home page: where it goes and, when not everyone in the card may use it, who sees it. */
export interface NavEntry {
  label: string;
  url: string;
  visible?: (caller: Caller) => boolean;
  /** Shown to organisers of an inflow organisation (双向共管), who see no other organiser tile. */
  inflow?: boolean;
}

/** A titled group of tiles inside one card; the title is left out where the card has one group only. */
export interface NavSection {
  title?: string;
  entries: NavEntry[];
}

/**
 * Organiser tiles (secretaries, village cadres, the county), grouped the way a county 组织部 files
 * its work. Each feature adds its own line to the section it belongs to, so the home page never
 * changes when a tool is added.
 */
export const organizerSections: NavSection[] = [
  {
    title: '台账与组织',
    entries: [
      { label: '党员台账', url: '/admin/ledger/index' },
      { label: '台账导出', url: '/admin/ledger-export/index', visible: (caller) => listScope(caller) !== null },
      { label: '支部与二维码', url: '/admin/branches/index' },
      { label: '角色管理', url: '/admin/roles/index', visible: readsRoles },
      { label: '转接审核', url: '/admin/moves/index', visible: decidesMoves },
      { label: '数据看板', url: '/pages/dashboard/index', visible: (caller) => listScope(caller) !== null },
    ],
  },
  {
    title: '学习与党日',
    entries: [
      { label: '发布学习', url: '/admin/study-publish/index', visible: runsAnyBranch },
      { label: '我发布的学习', url: '/admin/study-manage/index', visible: runsAnyBranch },
      { label: '学习统计', url: '/admin/study-stats/index' },
      { label: '主题党日', url: '/admin/themeday-admin/index' },
      { label: '组织活动', url: '/admin/activities/index', visible: holdsActivities },
    ],
  },
  {
    title: '联系与共管',
    entries: [
      { label: '结对联系', url: '/admin/pairing/index', visible: coversMembers },
      { label: '联系监测', url: '/admin/contact-gaps/index', visible: (caller) => listScope(caller) !== null },
      { label: '双向共管', url: '/admin/agreements/index', visible: mayCoManage, inflow: true },
    ],
  },
  {
    title: '关怀与家乡',
    entries: [
      { label: '关怀帮扶', url: '/admin/care-queue/index' },
      { label: '走访慰问', url: '/admin/visits/index', visible: coversMembers },
      { label: '家乡建议', url: '/admin/suggestions/index', visible: (caller) => suggestionScope(caller) !== null },
      { label: '回乡项目', url: '/admin/projects/index', visible: runsAnyBranch },
      { label: '发布招工', url: '/admin/jobs-publish/index', visible: runsAnyBranch },
      { label: '人才工作站', url: '/pages/stations/index', visible: canManageStations },
    ],
  },
  {
    title: '评议与评选',
    entries: [
      { label: '述职评议', url: '/pages/eval-rounds/index' },
      { label: '评选管理', url: '/pages/awards/index', visible: (caller) => coversMembers(caller) || mayManageAwards(caller) },
    ],
  },
];

/** Member tiles (services for every joined member). */
export const memberEntries: NavEntry[] = [
  { label: '组织活动', url: '/pages/activities/index' },
  { label: '困难求助', url: '/pages/care/index' },
  { label: '我为家乡谋发展', url: '/pages/suggest/index' },
  { label: '招工信息', url: '/pages/jobs/index' },
  { label: '人才工作站', url: '/pages/stations/index' },
  { label: '评选投票', url: '/pages/awards/index' },
];

/** An inflow organiser sees only the tiles marked `inflow`; everyone else, the tiles his grants allow. */
export const visibleTo = (entries: NavEntry[], caller: Caller): NavEntry[] =>
  entries.filter((e) => (onlyInflow(caller) && !e.inflow ? false : !e.visible || e.visible(caller)));

/** The sections with the caller's tiles; a section left with none is dropped, title and all. */
export const visibleSections = (sections: NavSection[], caller: Caller): NavSection[] =>
  sections.map((s) => ({ ...s, entries: visibleTo(s.entries, caller) })).filter((s) => s.entries.length > 0);
