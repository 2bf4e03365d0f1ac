import { useRouter } from '@tarojs/taro';

/**
 * The join scene from the page's query. A scanned mini-program code delivers it URL-encoded in
 * `scene`; the H5 link carries it in the hash query. A malformed encoding is passed on as-is and
 * refused by the function like any forged scene.
 */
export function useJoinScene(): string {
  const raw = useRouter().params.scene ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
