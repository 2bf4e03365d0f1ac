import { memberFieldLabels } from '../member/member-labels';

/**
 * What a person calls each payload field, so a refused form names 姓名、手机号 and never `name`,
 * `phone`. One table for every action; where one key means different things in different actions
 * (`name` of a member, of a branch), the action's own table wins. A nested path (`criteria.0.name`)
 * is named by its parts: 考评项·第1项·名称.
 */
const labels: Readonly<Record<string, string>> = {
  countyName: '县名称',
  adminName: '管理员姓名',
  kind: '类型',
  name: '名称',
  city: '所在城市',
  parentId: '上级组织',
  secretaryName: '书记姓名',
  secretaryPhone: '书记手机号',
  township: '乡镇',
  village: '村',
  openid: '用户',
  memberId: '党员',
  memberIds: '党员',
  addMemberIds: '加入的党员',
  removeMemberIds: '移出的党员',
  role: '角色',
  branchId: '支部',
  branchIds: '支部',
  groupId: '所在村',
  groupIds: '村（党小组）',
  agreementId: '共管协议',
  revoke: '撤销',
  scene: '入支部码',
  gender: '性别',
  phone: '手机号',
  birthDate: '出生日期',
  partyJoinDate: '入党日期',
  originalOrg: '原组织关系',
  employer: '工作单位',
  industry: '行业',
  outflowDate: '外出日期',
  activityCardNo: '活动证编号',
  activityCardExpiry: '活动证有效期',
  changes: '修改内容',
  status: '状态',
  lostContactAt: '失联日期',
  tags: '标签',
  tag: '标签',
  q: '搜索词',
  cursor: '翻页位置',
  notDoneCursor: '翻页位置',
  reflectionsCursor: '翻页位置',
  limit: '条数',
  title: '标题',
  issueNo: '期号',
  body: '正文',
  type: '段落类型',
  text: '内容',
  src: '图片',
  caption: '图片说明',
  url: '链接',
  audience: '推送对象',
  scope: '范围',
  publishAt: '发布时间',
  dueDay: '截止日期',
  manage: '管理视图',
  pushId: '学习推送',
  photos: '照片',
  minutes: '学习时长',
  clientKey: '提交编号',
  month: '月份',
  detail: '详情',
  plan: '计划',
  rule: '规则',
  day: '日期',
  n: '第几个',
  weekday: '星期',
  time: '开始时间',
  durationMinutes: '时长（分钟）',
  overrides: '调整',
  sheet: '提示单',
  theme: '主题',
  agenda: '议程',
  links: '链接',
  additions: '支部补充',
  place: '地点',
  meetingUrl: '线上会议链接',
  results: '订阅结果',
  mode: '签到方式',
  occurrenceId: '本次主题党日',
  code: '签到码',
  absentees: '缺席名单',
  stage: '阶段',
  jobId: '导出任务',
  description: '情况说明',
  contact: '联系方式',
  mine: '我的',
  state: '状态',
  assignedToMe: '分派给我',
  caseId: '求助事项',
  assigneeOpenid: '负责人',
  version: '版本',
  note: '备注',
  to: '下一步',
  year: '年度',
  visitors: '走访人',
  given: '慰问品',
  amount: '金额',
  category: '类别',
  suggestionId: '建议',
  location: '地点',
  jobs: '岗位数',
  projectId: '项目',
  stationId: '人才驿站',
  head: '负责人',
  notes: '备注',
  pay: '薪资',
  validUntil: '有效期至',
  cities: '城市',
  cadreOpenid: '村干部',
  channel: '联系方式',
  situation: '近况',
  work: '工作情况',
  difficulties: '困难',
  wishToReturn: '返乡意愿',
  asOf: '统计日期',
  region: '地区',
  fields: '共享字段',
  active: '生效',
  startDay: '开始日期',
  endDay: '结束日期',
  criteria: '考评项',
  weight: '权重',
  maxScore: '满分',
  tiers: '等次',
  minScore: '最低分',
  reviewerOpenids: '评议人',
  roundId: '考评轮次',
  scores: '评分',
  seats: '名额',
  votesPerVoter: '每人票数',
  voteStartDay: '投票开始日期',
  voteEndDay: '投票结束日期',
  campaignId: '评选活动',
  candidateId: '候选对象',
  reason: '推荐理由',
  publish: '公布',
};

/** Where the same key means something else in one action. */
const byAction: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The record's own labels, as the profile form and the detail page show them.
  'member.join': { ...memberFieldLabels, groupId: '所在村' },
  'member.update': memberFieldLabels,
  'station.save': { name: '驿站名称', head: '负责人', contact: '联系人' },
  'jobs.publish': { title: '岗位名称', contact: '联系人' },
  'eval.openRound': { name: '名称' },
  'award.open': { title: '评选名称', kind: '评选对象' },
  'care.file': { kind: '困难类型' },
  'study.publish': { kind: '推送类型', scope: '推送范围' },
  'themeday.plan': { kind: '设置项' },
};

/** The label of one key, or undefined when no table has it. */
export function keyLabel(key: string, action?: string): string | undefined {
  const own = action ? byAction[action]?.[key] : undefined;
  return own ?? (Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined);
}

/**
 * The label of a field path: `phone` → 手机号, `criteria.1.name` → 考评项第2项·名称. A key no
 * table knows reads 某一项 rather than leaking it (tests/domain/contract-messages.test.ts fails then).
 */
export function fieldLabel(path: readonly (string | number)[], action?: string): string {
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
      const index = Number(seg) + 1;
      if (parts.length) parts[parts.length - 1] += `第${index}项`;
      else parts.push(`第${index}项`);
    } else {
      parts.push(keyLabel(String(seg), action) ?? '某一项');
    }
  }
  return parts.join('·') || '提交的内容';
}
