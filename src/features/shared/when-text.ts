import { SHANGHAI } from '@/domain/shared/day.rules';

/** Shanghai date and time, to the minute (a role event, an invitation's expiry). */
export const whenText = (ms: number): string =>
  new Date(ms).toLocaleString('zh-CN', { timeZone: SHANGHAI, hour12: false, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
