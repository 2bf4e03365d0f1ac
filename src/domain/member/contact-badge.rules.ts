export type BadgeTone = 'ok' | 'lost';

/**
 * What a contact-status badge shows. Shared by the native weapp component (whose properties are
 * plain strings, hence `string`) and the H5 fallback, so both builds word 失联 the same way.
 */
export function contactBadge(status: string, since?: string | null): { label: string; tone: BadgeTone } {
  if (status !== '失联') return { label: '正常', tone: 'ok' };
  return { label: since ? `失联 · 自 ${since}` : '失联', tone: 'lost' };
}
