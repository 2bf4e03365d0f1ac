/**
 * Why a member's mobile status (流动党员身份) ended. 返乡创业 is a reason of its own, not a note
 * under 返乡: the county reports 回村任职 and 返乡创业 as separate figures (the article: 26 and 45).
 */
export const endReasons = ['返乡', '返乡创业', '回村任职', '组织关系转出', '其他'] as const;
export type EndReason = (typeof endReasons)[number];

/** ASCII keys for the reasons: counter fields are database paths. */
export const endReasonKeys: Record<EndReason, string> = {
  返乡: 'home',
  返乡创业: 'startup',
  回村任职: 'villagePost',
  组织关系转出: 'transferredOut',
  其他: 'other',
};
