import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { hasRole } from '@/domain/auth/grant';
import { AgreementTerms } from '@/features/agreement/agreement-terms';
import { agreementLine } from '@/features/agreement/agreement-line';
import { CoveredMembers } from '@/features/agreement/covered-members';
import { InflowGrant } from '@/features/agreement/inflow-grant';
import { MemberAdder } from '@/features/agreement/member-adder';
import { withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { listAgreements } from '@/features/agreement/agreement.api';

/**
 * One agreement. The county changes its terms, its members and grants the inflow side's account;
 * the inflow organiser sees the covered members and keeps their agreed fields and contacts.
 */
export default function AgreementPage() {
  const id = useRouter().params.id ?? '';
  const [version, setVersion] = useState(0);
  const data = useRemote(async () => {
    const [list, caller] = await withCaller(listAgreements({ agreementId: id }));
    return { county: hasRole(caller, 'county'), agreement: list.items[0] ?? null };
  }, [version]);
  const changed = () => setVersion((v) => v + 1);

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ county, agreement }) =>
          agreement ? (
            <View>
              <View className="card">
                <View className="card-title">{agreement.name}</View>
                <View className="muted">{agreementLine(agreement)}</View>
                {agreement.active ? null : <View className="error-box">协议已终止，共管方不能再查看或维护党员信息</View>}
              </View>
              <CoveredMembers agreement={agreement} manage={county} version={version} onChanged={changed} />
              {county ? <MemberAdder agreementId={agreement._id} onDone={changed} /> : null}
              {county ? <AgreementTerms key={agreement.updatedAt} agreement={agreement} onDone={changed} /> : null}
              {county ? <InflowGrant agreementId={agreement._id} agreementName={agreement.name} /> : null}
            </View>
          ) : (
            <View className="empty">协议不存在</View>
          )
        }
      </LoadState>
    </View>
  );
}
