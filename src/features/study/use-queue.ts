import { useEffect, useState } from 'react';
import { onQueueChange, queuedCheckins, type QueuedCheckin } from './checkin-queue';

/** The offline queue, kept current on screen. */
export function useQueuedCheckins(): QueuedCheckin[] {
  const [queue, setQueue] = useState(queuedCheckins);
  useEffect(() => {
    const off = onQueueChange(() => setQueue(queuedCheckins()));
    return () => {
      off();
    };
  }, []);
  return queue;
}
