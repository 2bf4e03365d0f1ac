import dayjs from 'dayjs';
import { SHANGHAI } from '../shared/day.rules';

/**
 * Printing every branch's join code in one file: a zip of PNGs, one per unit, named by the unit so
 * the printer knows which is which. 430 px is WeChat's default width (getUnlimited draws 280-1280):
 * ~7 cm at 150 dpi, enough for a poster's code, and cheap to draw. The codes are drawn one after
 * another, in steps sized by the function's deadline (poster-job.rules.ts): concurrent wxacode
 * calls in the local cloud fail to decode their protobuf request (its proto() lookup, under jest).
 */
export const POSTER_WIDTH_PX = 430;

/** Characters Windows, macOS or a zip tool would refuse in a file name (control characters are dropped apart). */
const UNSAFE = /[\\/:*?"<>|]/g;
const printable = (s: string) => [...s].filter((c) => c.charCodeAt(0) >= 0x20).join('');

/** `03-杭州云支部.png`: the unit's place in the list (so names sort as listed) and its name. */
export function posterFileName(index: number, total: number, name: string): string {
  const width = String(total).length;
  return `${String(index).padStart(Math.max(2, width), '0')}-${printable(name).replace(UNSAFE, '_').trim() || '支部'}.png`;
}

/** `posters/<openid>/<Shanghai timestamp>-<token>.zip`: the caller's own folder; `token` (random, 128 bits) keeps it unguessable. */
export function posterZipPath(openid: string, at: number, token: string): string {
  return `posters/${openid}/${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmmss')}-${token}.zip`;
}

export function posterZipName(countyName: string, at: number): string {
  return `${countyName}入支部二维码-${dayjs(at).tz(SHANGHAI).format('YYYYMMDD-HHmm')}.zip`;
}
