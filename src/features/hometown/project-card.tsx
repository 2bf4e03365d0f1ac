import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ProjectView } from '@/contracts/hometown';
import { nextStages, projectStageLabels } from '@/domain/hometown/pipeline.rules';
import type { ProjectStage } from '@/domain/hometown/project.schema';
import { minuteOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { useSubmit } from '../shared/use-submit';
import { ProjectEditForm } from './project-edit-form';

/** Landed is a success, dropped is over; the rest still need work. */
const stageBadge: Record<ProjectStage, string> = { lead: 'badge-todo', negotiating: 'badge-todo', landed: 'badge-done', dropped: 'badge-closed' };

/** One project: its figures, its history, the moves the pipeline allows from its stage, and corrections to its figures. */
export function ProjectCard({ project, onChanged }: { project: ProjectView; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const { busy, run } = useSubmit();
  const move = (stage: ProjectStage) =>
    run(async () => {
      await call('project.update', { projectId: project._id, stage });
      void Taro.showToast({ title: `已改为${projectStageLabels[stage]}`, icon: 'success' });
      onChanged();
    });
  const moves = nextStages(project.stage);
  if (editing) {
    return (
      <View className="history-item">
        <ProjectEditForm project={project} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); onChanged(); }} />
      </View>
    );
  }
  return (
    <View className="history-item">
      <View className="item-head" onClick={() => setOpen(!open)}>
        <View>
          <Text className="tag">{project.kind}</Text>
          <Text>{project.name}</Text>
        </View>
        <Text className={stageBadge[project.stage]}>{projectStageLabels[project.stage]}</Text>
      </View>
      <View className="muted">
        {project.industry} · {project.location} · {project.amount} 万元 · {project.jobs} 个岗位
        {project.memberName ? ` · 引荐：${project.memberName}` : ''}
      </View>
      {open
        ? project.history.map((h, i) => (
            <View key={i} className="muted">
              {minuteOf(h.at)} {h.from ? `${projectStageLabels[h.from]} → ` : ''}
              {projectStageLabels[h.to]}
              {h.byName ? `（${h.byName}）` : ''}
              {h.note ? `：${h.note}` : ''}
            </View>
          ))
        : null}
      {moves.length ? (
        <View className="actions">
          <View className="btn btn-plain btn-small" onClick={() => setEditing(true)}>修改</View>
          {moves.map((s) => (
            <View key={s} className={busy ? 'btn btn-plain btn-small btn-disabled' : 'btn btn-plain btn-small'} onClick={() => !busy && void move(s)}>
              {s === 'dropped' ? '终止' : `转为${projectStageLabels[s]}`}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
