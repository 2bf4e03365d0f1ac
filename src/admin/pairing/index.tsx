import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { hasRole } from '@/domain/auth/grant';
import { mayAssignOthers } from '@/domain/pairing/pairing-scope.rules';
import { AssignPanel } from '@/features/pairing/assign-panel';
import { PairedMembers } from '@/features/pairing/paired-members';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { myPairing } from '@/features/pairing/pairing.api';

/** 1+N pairing: a cadre's own members with the contact-log form, and pairing members with cadres. */
export default function PairingPage() {
  const org = useRemote(loadOrgContext);
  const mine = useRemote(myPairing);
  return (
    <View className="page">
      <LoadState remote={org}>
        {({ tree, caller }) => {
          const isCadre = hasRole(caller, 'cadre');
          return (
            <View>
              {isCadre ? <LoadState remote={mine}>{(m) => <PairedMembers members={m.asCadre} onLogged={() => void mine.reload()} />}</LoadState> : null}
              {isCadre || mayAssignOthers(caller) ? <AssignPanel tree={tree} caller={caller} onDone={() => void mine.reload()} /> : null}
              <SubmitButton text="联系监测" plain onClick={() => void Taro.navigateTo({ url: '/admin/contact-gaps/index' })} />
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
