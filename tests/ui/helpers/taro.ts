/**
 * @tarojs/taro for jsdom: router params set by the test, navigation and toasts recorded so a
 * test can assert what the user would have seen.
 */
export const router = { params: {} as Record<string, string> };
export const toasts: string[] = [];
export const navigations: string[] = [];

export const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? JSON.parse(JSON.stringify(storage.get(key))) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
  onNetworkStatusChange: () => undefined,
  navigateBack: async () => void navigations.push('(back)'),
  setClipboardData: async () => undefined,
  showToast: async ({ title }: { title: string }) => void toasts.push(title),
  showModal: async () => ({ confirm: true }),
  navigateTo: async ({ url }: { url: string }) => void navigations.push(url),
  reLaunch: async ({ url }: { url: string }) => void navigations.push(url),
  cloud: { init: () => undefined },
};

export default Taro;
export const useRouter = () => router;
export const useDidShow = () => undefined;
export const useReachBottom = () => undefined;
export const useLaunch = () => undefined;

export function resetTaro(params: Record<string, string> = {}): void {
  router.params = params;
  toasts.length = 0;
  navigations.length = 0;
  storage.clear();
}
