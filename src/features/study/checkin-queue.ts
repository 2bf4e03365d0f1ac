import Taro from '@tarojs/taro';
import type { ActionInput, ActionOutput } from '@/contracts';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';

type Submit = ActionInput<'checkin.submit'>;
type Submitted = ActionOutput<'checkin.submit'>;

export interface QueuedCheckin {
  payload: Submit;
  queuedAt: number;
}

const KEY = 'checkinQueue';
const listeners = new Set<() => void>();

export const queuedCheckins = (): QueuedCheckin[] => (Taro.getStorageSync(KEY) as QueuedCheckin[] | '') || [];

function save(queue: QueuedCheckin[]): void {
  Taro.setStorageSync(KEY, queue);
  listeners.forEach((l) => l());
}

/** Pages showing "queued" marks re-render when the queue changes. */
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sends a check-in, or keeps it for later when the network is down. The payload carries its
 * clientKey, so however many times it is sent (a lost answer, a second flush) the function stores
 * it once. A newer check-in for the same push replaces the queued one.
 */
export async function submitCheckin(payload: Submit): Promise<{ sent: Submitted } | { queued: true }> {
  try {
    return { sent: await call('checkin.submit', payload) };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== ClientErrorCodes.NETWORK_FAILED) throw err;
    save([...queuedCheckins().filter((q) => q.payload.pushId !== payload.pushId), { payload, queuedAt: Date.now() }]);
    return { queued: true };
  }
}

let flushing: Promise<void> | null = null;

/**
 * Sends what is queued, oldest first. One flush at a time, so a burst of "online" events sends
 * nothing twice. (The reset goes through .finally so it always runs after the assignment, even
 * when the queue is empty and the work finishes synchronously.)
 */
export function flushCheckins(): Promise<void> {
  flushing ??= sendQueued().finally(() => {
    flushing = null;
  });
  return flushing;
}

/**
 * Stops at the first network failure (still offline). A refusal (window closed, content refused)
 * drops that check-in and tells the member: retrying would be refused again.
 */
async function sendQueued(): Promise<void> {
  for (const item of queuedCheckins()) {
    try {
      await call('checkin.submit', item.payload);
    } catch (err) {
      if (err instanceof AppError && err.code === ClientErrorCodes.NETWORK_FAILED) return;
      void Taro.showToast({ title: `离线打卡未能提交：${err instanceof AppError ? err.message : '未知错误'}`, icon: 'none' });
    }
    save(queuedCheckins().filter((q) => q.payload.clientKey !== item.payload.clientKey));
  }
}

/** Flush on start and whenever the device comes back online. */
export function watchConnectivity(): void {
  void flushCheckins();
  if (process.env.TARO_ENV === 'h5') {
    window.addEventListener('online', () => void flushCheckins());
    return;
  }
  Taro.onNetworkStatusChange(({ isConnected }) => {
    if (isConnected) void flushCheckins();
  });
}

/** A fresh key per check-in attempt (not per send): the function's idempotency key. */
export const newClientKey = (now = Date.now()) => `${now.toString(36)}${Math.random().toString(36).slice(2, 12)}`;
