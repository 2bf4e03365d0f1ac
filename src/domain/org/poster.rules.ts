import dayjs from 'dayjs';
import { SHANGHAI } from '../shared/day.rules';

/**
 * Printing every branch's join code in one file: a zip of PNGs, one per unit, named by the unit so
 * the printer knows which is which. 1280 px is the largest code WeChat draws (getUnlimited `width`),
 * ~11 cm at 300 dpi. The codes are drawn CONCURRENCY at a time (WeChat allows 5,000 a minute).
 */
export const POSTER_WIDTH_PX = 1280;
export const POSTER_CONCURRENCY = 4;

/** Characters Windows, macOS or a zip tool would refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `03-杭州云支部.png`: the unit's place in the list (so names sort as listed) and its name. */
export function posterFileName(index: number, total: number, name: string): string {
  const width = String(total).length;
  return `${String(index).padStart(Math.max(2, width), '0')}-${name.replace(UNSAFE, '_').trim() || '支部'}.png`;
}

/** `posters/<openid>/<Shanghai timestamp>-<token>.zip`: the caller's own folder; `token` (random, 128 bits) keeps it unguessable. */
export function posterZipPath(openid: string, at: number, token: string): string {
  return `posters/${openid}/${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmmss')}-${token}.zip`;
}

export function posterZipName(countyName: string, at: number): string {
  return `${countyName}入支部二维码-${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmm')}.zip`;
}
