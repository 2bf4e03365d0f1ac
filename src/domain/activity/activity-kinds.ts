/**
 * The kinds of activity a county's mobile organisations hold besides the theme day, as the county
 * reports them, with the ASCII key each is counted under (counter fields are database paths).
 * The one place their labels live: the schema, the forms and the statistics read them here.
 */
export const activityKinds = {
  '集中学习/宣讲': 'study',
  互学联学: 'exchange',
  红色教育: 'red',
  冬春训: 'training',
  '党课/微党课': 'lecture',
  技能培训: 'skills',
  家乡行: 'hometown',
  志愿服务: 'volunteer',
  结对共建: 'copartner',
} as const;

export type ActivityKind = keyof typeof activityKinds;
export const activityKindList = Object.keys(activityKinds) as [ActivityKind, ...ActivityKind[]];

/** The kind whose participants earn volunteer hours (hours.rules.ts). */
export const VOLUNTEER_KIND: ActivityKind = '志愿服务';
