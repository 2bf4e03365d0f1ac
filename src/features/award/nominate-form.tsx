import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { CampaignView } from '@/contracts/award';
import { mayNominate } from '@/domain/award/award-scope.rules';
import { REASON_MAX } from '@/domain/award/award.constants';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { Chips, Field, TextAreaField } from '@/features/shared/form-fields';
import { SubmitButton } from '@/features/shared/submit-button';
import { useMemberSearch } from '@/features/shared/use-member-search';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { call } from '@/services/cloud';

/**
 * An organiser's nomination: a branch he may nominate (十佳流动党组织), or a member found by name
 * in his ledger (二十佳流动党员), with the reason voters will read.
 */
export function NominateForm({ campaign, onDone }: { campaign: CampaignView; onDone: () => void }) {
  const [q, setQ] = useState('');
  const [candidateId, setCandidateId] = useState<string>();
  const [reason, setReason] = useState('');
  const { busy, errors, run } = useSubmit();
  const branches = useRemote(async () => {
    if (campaign.kind !== 'branch') return [];
    const { tree, caller } = await loadOrgContext();
    return tree.branches.filter((b) => mayNominate(caller, { kind: 'branch', branchId: b._id })).map((b) => ({ value: b._id, label: b.name }));
  }, [campaign.kind]);
  const members = useMemberSearch(campaign.kind === 'member' ? q : '', 20);
  const options = campaign.kind === 'branch' ? branches.data : members.data?.map((m) => ({ value: m._id, label: `${m.name}（${m.branchName ?? m.city}）` }));

  const submit = () =>
    run(async () => {
      await call('award.nominate', { campaignId: campaign._id, candidateId: candidateId ?? '', reason });
      setCandidateId(undefined);
      setReason('');
      onDone();
    });

  return (
    <View>
      {campaign.kind === 'member' ? (
        <Field label="查找党员">
          <Input className="field-input" value={q} placeholder="输入姓名、单位或城市" onInput={(e) => setQ(e.detail.value)} />
        </Field>
      ) : null}
      <Field label="候选" required error={errors.candidateId ? '请选择候选' : undefined}>
        {options?.length ? <Chips options={options} value={candidateId} onChange={setCandidateId} /> : <View className="muted">{campaign.kind === 'member' ? '输入后选择党员' : '没有可推荐的支部'}</View>}
      </Field>
      <TextAreaField label="推荐理由" required value={reason} onChange={setReason} maxlength={REASON_MAX} placeholder="主要事迹与推荐理由" error={errors.reason} />
      <SubmitButton text="提交推荐" busy={busy} onClick={() => void submit()} />
    </View>
  );
}
