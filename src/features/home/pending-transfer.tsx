import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { TransferView } from '@/contracts/transfer';
import { call } from '@/services/cloud';
import { Row } from '../shared/row';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** The member's own transfer waiting for the receiving branch; he may withdraw what he asked for. */
export function PendingTransfer({ transfer }: { transfer: TransferView }) {
  const { busy, run } = useSubmit();
  const withdraw = () =>
    run(async () => {
      await call('transfer.cancel', { transferId: transfer._id });
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      void Taro.reLaunch({ url: '/pages/home/index' });
    });
  return (
    <View className="mt-12">
      <Row label="转接申请" value={`转入${transfer.to.branchName}，待审核`} />
      {transfer.kind === 'request' ? <SubmitButton text="撤回转接申请" plain busy={busy} onClick={withdraw} /> : null}
    </View>
  );
}
