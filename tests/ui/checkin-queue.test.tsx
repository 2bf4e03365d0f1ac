/** The offline queue on its own: what a flush sends, keeps and drops. */
import { flushCheckins, queuedCheckins, submitCheckin } from '@/features/study/checkin-queue';
import { cloudError, installFakeCloud, type FakeCloud } from './helpers/fake-cloud';
import { resetTaro, toasts } from './helpers/taro';

const payload = (pushId: string, clientKey: string) => ({ pushId, text: '认真学习，联系实际，在外不忘党员身份。', clientKey });

let cloud: FakeCloud;
beforeEach(() => {
  resetTaro();
  cloud = installFakeCloud().on('checkin.submit', (p) => ({ checkin: p, created: true }));
});

it('still works after a flush of an empty queue (the app flushes at launch)', async () => {
  await flushCheckins();
  cloud.offline = true;
  expect(await submitCheckin(payload('p1', 'key-aaaaaaaa'))).toEqual({ queued: true });
  cloud.offline = false;
  await flushCheckins();
  expect(cloud.calls.map((c) => c.payload.clientKey)).toEqual(['key-aaaaaaaa']);
  expect(queuedCheckins()).toEqual([]);
});

it('keeps one queued check-in per push: the newer replaces the older', async () => {
  cloud.offline = true;
  await submitCheckin(payload('p1', 'key-old00000'));
  await submitCheckin(payload('p1', 'key-new00000'));
  await submitCheckin(payload('p2', 'key-other000'));
  expect(queuedCheckins().map((q) => q.payload.clientKey)).toEqual(['key-new00000', 'key-other000']);
});

it('drops a check-in the function refuses, and says so', async () => {
  cloud.offline = true;
  await submitCheckin(payload('p1', 'key-closed00'));
  cloud.offline = false;
  cloud.on('checkin.submit', () => {
    throw cloudError('CHECKIN.CLOSED', '打卡已截止');
  });
  await flushCheckins();
  expect(queuedCheckins()).toEqual([]);
  expect(toasts).toEqual(['离线打卡未能提交：打卡已截止']);
});
