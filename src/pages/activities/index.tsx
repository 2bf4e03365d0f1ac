import { useEffect, useRef, useState } from 'react';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ActivityCard } from '@/features/activity/activity-card';
import { listActivities, signInActivity } from '@/features/activity/activity.api';
import { MemberActivityCard } from '@/features/activity/member-activity-card';
import { PagedList } from '@/features/shared/paged-list';
import { codeOfScan } from '@/features/shared/scanned-code';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useShowCount } from '@/features/shared/use-show-count';
import { useSubmit } from '@/features/shared/use-submit';

/** 组织活动 (member): my branch's activities — enrol, sign in on site (scan) or online — and what I took part in this year. */
export default function ActivitiesPage() {
  const scannedCode = useRouter().params.code;
  const shows = useShowCount();
  // A step taken here (enrol, sign in) reloads the list and the record as coming back to the page does.
  const [steps, setSteps] = useState(0);
  const list = usePaged((page) => listActivities({ view: 'mine', ...page }), `${shows}.${steps}`);
  const stepTaken = async () => setSteps((n) => n + 1);
  useReachBottom(list.more);
  const { busy, run } = useSubmit();

  const signIn = (code: string) =>
    run(async () => {
      const r = await signInActivity({ mode: 'onsite', code: codeOfScan(code) });
      void Taro.showToast({ title: '签到成功', icon: 'success' });
      void Taro.showModal({ title: '签到成功', content: r.title, showCancel: false });
      await stepTaken();
    });

  // Opened from the on-site QR code (H5 link): sign in with it once.
  const used = useRef(false);
  useEffect(() => {
    if (scannedCode && !used.current) {
      used.current = true;
      void signIn(decodeURIComponent(scannedCode));
    }
  }, [scannedCode]); // eslint-disable-line react-hooks/exhaustive-deps -- signIn is a new function each render; the code, once, is what counts

  const scan = () =>
    run(async () => {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await signIn(result);
    });

  return (
    <View className="page">
      {process.env.TARO_ENV === 'weapp' ? (
        <View className="card">
          <SubmitButton text="现场扫码签到" busy={busy} onClick={() => void scan()} />
        </View>
      ) : null}
      <MemberActivityCard key={steps} />
      <PagedList list={list} empty="本支部暂无活动">
        {(a) => <ActivityCard key={a._id} a={a} onChange={stepTaken} />}
      </PagedList>
    </View>
  );
}
