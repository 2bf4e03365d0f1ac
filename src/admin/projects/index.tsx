import { useState } from 'react';
import { View } from '@tarojs/components';
import { projectStageLabels, type PipelineTotals } from '@/domain/hometown/pipeline.rules';
import { projectKinds, projectStages, type ProjectKind, type ProjectStage } from '@/domain/hometown/project.constants';
import { PagedList } from '@/features/shared/paged-list';
import { PipelineTotalsView } from '@/features/hometown/pipeline-totals';
import { ProjectCard } from '@/features/hometown/project-card';
import { ProjectForm } from '@/features/hometown/project-form';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { asOptions, Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';
import { listProjects } from '@/features/hometown/hometown.api';

const ALL = 'all';
type Filter = ProjectStage | typeof ALL;

/** 回乡创业/投资, 招商线索 and 家乡产品: the pipeline's totals per stage, the projects by stage and kind, moves, and new leads. */
export default function ProjectsPage() {
  const org = useRemote(loadPublishContext);
  const [stage, setStage] = useState<Filter>(ALL);
  const [kind, setKind] = useState<ProjectKind | typeof ALL>(ALL);
  const [round, setRound] = useState(0);
  const [adding, setAdding] = useState(false);
  const [totals, setTotals] = useState<PipelineTotals | null>(null);
  const list = usePaged(async (page) => {
    const answer = await listProjects({ ...(stage === ALL ? {} : { stage }), ...(kind === ALL ? {} : { kind }), ...page });
    setTotals(answer.totals);
    return answer;
  }, `${stage}:${kind}:${round}`);
  const changed = () => setRound((n) => n + 1);
  const filters = [{ value: ALL, label: '全部' }, ...asOptions(projectStages, projectStageLabels)];

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">项目总览</View>
        {totals ? <PipelineTotalsView totals={totals} /> : <View className="empty">加载中…</View>}
      </View>
      <LoadState remote={org}>
        {({ own, countyWide }) =>
          adding ? (
            <View className="card">
              <View className="card-title">登记新项目</View>
              <ProjectForm
                tree={own}
                countyWide={countyWide}
                onCreated={() => {
                  setAdding(false);
                  changed();
                }}
              />
              <SubmitButton text="取消" plain onClick={() => setAdding(false)} />
            </View>
          ) : (
            <SubmitButton text="登记新项目" onClick={() => setAdding(true)} />
          )
        }
      </LoadState>
      <View className="card">
        <Chips options={filters} value={stage} onChange={(s) => setStage(s as Filter)} />
        <Chips options={[{ value: ALL, label: '全部类型' }, ...asOptions(projectKinds)]} value={kind} onChange={(k) => setKind(k as ProjectKind | typeof ALL)} />
        <PagedList list={list} empty="暂无项目">
          {(p) => <ProjectCard key={p._id} project={p} onChanged={changed} />}
        </PagedList>
      </View>
    </View>
  );
}
