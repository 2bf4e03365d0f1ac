import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { GapReport, GapRow } from '@/domain/pairing/gap-report.rules';
import { GapBadge, lastContactText } from './gap-badge';

const open = (memberId: string) => void Taro.navigateTo({ url: `/admin/member/index?id=${memberId}` });

function MemberLines({ title, rows, total }: { title: string; rows: GapRow[]; total: number }) {
  return (
    <View className="card">
      <View className="card-title">
        <Text>{title}</Text>
        <Text className="card-sub">{total} 人</Text>
      </View>
      {rows.map((r) => (
        <View key={r.memberId} className="history-item" onClick={() => open(r.memberId)}>
          <View className="item-head">
            <View>
              <Text>{r.name}</Text>
              {r.longAway ? <Text className="tag tag-after">外出超半年</Text> : null}
              {r.status === '失联' ? <Text className="tag tag-after">已失联</Text> : null}
            </View>
            <GapBadge row={r} />
          </View>
          <View className="muted">
            {r.cadreName ? `结对：${r.cadreName} · ` : ''}
            {lastContactText(r.lastContactDay)}
          </View>
        </View>
      ))}
      {rows.length < total ? <View className="muted">仅显示前 {rows.length} 人</View> : null}
      {total ? null : <View className="empty">无</View>}
    </View>
  );
}

/** The monitor: totals, per cadre, per village, then the overdue and the unpaired members. */
export function GapReportView({ report, tree }: { report: GapReport; tree: OrgTree }) {
  const village = (id: string) => tree.groups.find((g) => g._id === id)?.village ?? id;
  const t = report.totals;
  return (
    <View>
      <View className="card">
        <View className="card-title">
          <Text>联系概况</Text>
          <Text className="card-sub">截至 {report.asOf}</Text>
        </View>
        <View className="row"><Text className="row-label">党员</Text><Text>{t.members} 人，已结对 {t.paired}，未结对 {t.unpaired}</Text></View>
        <View className="row"><Text className="row-label">超期未联系</Text><Text>{t.overdue} 人</Text></View>
        <View className="row"><Text className="row-label">失联风险</Text><Text>{t.lostCandidates} 人</Text></View>
        <View className="row"><Text className="row-label">外出超 {report.settings.longAwayMonths} 个月</Text><Text>{t.longAway} 人</Text></View>
        <View className="muted">结对党员每 {report.settings.pairedPeriodMonths} 个月至少联系一次；外出超 {report.settings.longAwayMonths} 个月的每 {report.settings.longAwayPeriodMonths} 个月；{report.settings.lostCandidateMonths} 个月未联系列为失联风险。</View>
      </View>
      <View className="card">
        <View className="card-title">按村干部</View>
        {report.byCadre.map((c) => (
          <View key={c.cadreOpenid} className="row">
            <Text>{c.cadreName}</Text>
            <Text className="muted">结对 {c.members} · 超期 {c.overdue} · 失联风险 {c.lostCandidates}</Text>
          </View>
        ))}
        {report.byCadre.length ? null : <View className="empty">还没有结对</View>}
      </View>
      <View className="card">
        <View className="card-title">按村（网上党小组）</View>
        {report.byGroup.map((g) => (
          <View key={g.groupId} className="row">
            <Text>{village(g.groupId)}</Text>
            <Text className="muted">{g.members} 人 · 未结对 {g.unpaired} · 超期 {g.overdue} · 失联风险 {g.lostCandidates}</Text>
          </View>
        ))}
      </View>
      <MemberLines title="超期未联系" rows={report.overdue} total={t.overdue} />
      <MemberLines title="未结对党员" rows={report.unpaired} total={t.unpaired} />
    </View>
  );
}
