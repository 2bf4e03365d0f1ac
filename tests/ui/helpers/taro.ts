/**
 * @tarojs/taro for jsdom: router params set by the test, navigation and toasts recorded so a
 * test can assert what the user would have seen. WeChat's rules on gestures and the privacy
 * agreement are enforced (wx-platform-rules.ts): a page that breaks them fails its test.
 */
import { useRef } from 'react';
import { gatedStandIns, guarded, insideTap, phonePhoto, privacy, resetPrivacy, tapGestureError } from './wx-platform-rules';

export const router = { params: {} as Record<string, string> };
export const toasts: string[] = [];
export const navigations: string[] = [];

export const storage = new Map<string, unknown>();
/** What the user answers in the subscription dialog (requestSubscribeMessage), per template. */
export const subscribeAnswers = { outcome: 'accept' as 'accept' | 'reject' };
/** Temp files the stand-in's pickers and compressImage made: their pixel size and bytes. */
export const tempFiles = new Map<string, { width: number; height: number; size: number }>();
/** Files sent to a chat with shareFileMessage (inside a tap). */
export const sharedFiles: { filePath: string; fileName?: string }[] = [];
/** Files uploaded through Taro.cloud.uploadFile (weapp path), by cloudPath. */
export const uploads = new Map<string, { width: number; height: number; size: number }>();

/** jpeg bytes per pixel at quality q (a rough, monotonic model: enough to make compression matter). */
const bytesPerPixel = (quality: number) => 0.05 + (quality / 100) * 0.35;

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? JSON.parse(JSON.stringify(storage.get(key))) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
  onNetworkStatusChange: () => undefined,
  navigateBack: async () => void navigations.push('(back)'),
  showToast: async ({ title }: { title: string }) => void toasts.push(title),
  showModal: async () => ({ confirm: true }),
  showLoading: () => undefined,
  hideLoading: () => undefined,
  navigateTo: async ({ url }: { url: string }) => void navigations.push(url),
  reLaunch: async ({ url }: { url: string }) => void navigations.push(url),
  requestSubscribeMessage: async ({ tmplIds }: { tmplIds: string[] }) => {
    if (!insideTap()) throw tapGestureError('requestSubscribeMessage');
    return Object.fromEntries([...tmplIds.map((id) => [id, subscribeAnswers.outcome]), ['errMsg', 'requestSubscribeMessage:ok']]);
  },
  shareFileMessage: (o: { filePath: string; fileName?: string }) => {
    // Checked at the call: an await before it has left the tap.
    if (!insideTap()) return Promise.reject(tapGestureError('shareFileMessage'));
    sharedFiles.push(o);
    return Promise.resolve({ errMsg: 'shareFileMessage:ok' });
  },
  onNeedPrivacyAuthorization: (listener: typeof privacy.listener) => void (privacy.listener = listener),
  getPrivacySetting: async () => ({ needAuthorization: !privacy.agreed, privacyContractName: '《云支部小程序隐私保护指引》' }),
  openPrivacyContract: async () => undefined,
  setClipboardData: guarded('setClipboardData', async (_: { data: string }) => undefined),
  chooseMedia: guarded('chooseMedia', async ({ count }: { count: number }) => {
    const files = Array.from({ length: count }, (_, i) => ({ ...phonePhoto, tempFilePath: `${phonePhoto.tempFilePath}#${i}` }));
    for (const f of files) tempFiles.set(f.tempFilePath, f);
    return { tempFiles: files.map(({ tempFilePath, size }) => ({ tempFilePath, size, fileType: 'image' })) };
  }),
  getImageInfo: async ({ src }: { src: string }) => {
    const f = tempFiles.get(src);
    if (!f) throw { errMsg: 'getImageInfo:fail file not found' };
    return { width: f.width, height: f.height, path: src };
  },
  getFileSystemManager: () => ({
    getFileInfo: ({ filePath, success, fail }: { filePath: string; success: (r: { size: number }) => void; fail: (e: unknown) => void }) => {
      const f = tempFiles.get(filePath);
      if (f) success({ size: f.size });
      else fail({ errMsg: 'getFileInfo:fail file not found' });
    },
  }),
  /** compressedWidth/Height (base library 2.26.0): the other side follows the aspect ratio. */
  compressImage: async ({ src, quality = 80, compressedWidth, compressedHeight }: { src: string; quality?: number; compressedWidth?: number; compressedHeight?: number }) => {
    const f = tempFiles.get(src);
    if (!f) throw { errMsg: 'compressImage:fail file not found' };
    const scale = compressedWidth ? compressedWidth / f.width : compressedHeight ? compressedHeight / f.height : 1;
    const width = Math.round(f.width * Math.min(1, scale));
    const height = Math.round(f.height * Math.min(1, scale));
    const out = { width, height, size: Math.min(f.size, Math.round(width * height * bytesPerPixel(quality))) };
    const tempFilePath = `${src}@${width}x${height}q${quality}`;
    tempFiles.set(tempFilePath, out);
    return { tempFilePath };
  },
  cloud: {
    init: () => undefined,
    /** wx.cloud.callFunction over the same fake network as H5 (fake-cloud.ts answers both). */
    callFunction: async ({ name, data }: { name: string; data: unknown }) => {
      const res = await fetch(`/fn/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
      return { result: ((await res.json()) as { result: unknown }).result };
    },
    uploadFile: async ({ cloudPath, filePath }: { cloudPath: string; filePath: string }) => {
      const f = tempFiles.get(filePath);
      if (!f) throw { errMsg: 'cloud.uploadFile:fail file not found' };
      uploads.set(cloudPath, f);
      return { fileID: `cloud://local.bucket/${cloudPath}` };
    },
  },
};

Object.assign(Taro, gatedStandIns(Taro));

export default Taro;
export const useRouter = () => router;
export const useDidShow = () => undefined;
export const useReachBottom = () => undefined;
/** Where the app is opened (onLaunch's `path`); set it before rendering the App. */
export const launch = { path: 'pages/home/index' };
/**
 * Runs once, during the App's first render: on both builds onLaunch comes before the first page
 * asks for anything (WeChat runs App.onLaunch before the page's onLoad; Taro's H5 router calls it
 * before fetching the route's code), which an effect, running after its children's, would not model.
 */
export function useLaunch(onLaunch: (options: { path: string; query: Record<string, string> }) => void): void {
  const fired = useRef(false);
  if (fired.current) return;
  fired.current = true;
  onLaunch({ path: launch.path, query: {} });
}

/**
 * A fresh app: no toasts, no navigation, no storage, and — as on a phone that never opened the
 * app — no privacy agreement yet (pass `privacyAgreed` for a returning user).
 */
export function resetTaro(params: Record<string, string> = {}, { privacyAgreed = false } = {}): void {
  router.params = params;
  launch.path = 'pages/home/index';
  toasts.length = 0;
  navigations.length = 0;
  storage.clear();
  tempFiles.clear();
  uploads.clear();
  sharedFiles.length = 0;
  subscribeAnswers.outcome = 'accept';
  resetPrivacy(privacyAgreed);
}
