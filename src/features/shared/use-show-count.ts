import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';

/** How many times the page came back into view (0 on the first show): a key to refresh data by. */
export function useShowCount(): number {
  const [count, setCount] = useState(0);
  const first = useRef(true);
  useDidShow(() => {
    if (first.current) first.current = false;
    else setCount((c) => c + 1);
  });
  return count;
}
