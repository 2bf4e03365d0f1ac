import type { Caller } from '@/domain/auth/grant';
import { mayPublish } from '@/domain/study/study-scope.rules';

/** One tile on the home page: where it goes and, when not everyone in the card may use it, who sees it. */
export interface NavEntry {
  label: string;
  url: string;
  visible?: (caller: Caller) => boolean;
}

/**
 * Organiser tiles (secretaries, village cadres, the county). Each feature adds its own line here,
 * so the home page never changes when a tool is added.
 */
export const organizerEntries: NavEntry[] = [
  { label: '党员台账', url: '/pages/ledger/index' },
  { label: '支部与二维码', url: '/pages/branches/index' },
  { label: '发布学习', url: '/pages/study-publish/index', visible: mayPublish },
  { label: '学习统计', url: '/pages/study-stats/index' },
  { label: '主题党日', url: '/pages/themeday-admin/index' },
];

/** Member tiles (services for every joined member). */
export const memberEntries: NavEntry[] = [];

export const visibleTo = (entries: NavEntry[], caller: Caller): NavEntry[] => entries.filter((e) => !e.visible || e.visible(caller));
