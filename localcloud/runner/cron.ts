/**
 * The 7-field cron of WeChat cloud / Tencent SCF timer triggers: "sec min hour dom month dow year",
 * read as Asia/Shanghai time (UTC+8, no daylight saving, so a fixed offset is exact).
 * Supports *, numbers, a-b ranges, lists, /steps, and MON..SUN / JAN..DEC names. dow 0 and 7 = Sunday.
 * When both day-of-month and day-of-week are restricted, a day matching either fires (classic cron).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field { values: Set<number>; any: boolean }
export interface CronSpec { sec: Field; min: Field; hour: Field; dom: Field; month: Field; dow: Field; year: Field }

function parseField(text: string, lo: number, hi: number, names?: string[], nameBase = 0): Field {
  const values = new Set<number>();
  const num = (s: string) => {
    const i = names ? names.indexOf(s.toUpperCase()) : -1;
    const n = i >= 0 ? i + nameBase : Number(s);
    if (!Number.isInteger(n) || n < lo || n > hi) throw new Error(`cron value "${s}" out of range ${lo}-${hi}`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad cron step in "${part}"`);
    let a: number, b: number;
    if (range === '*' || range === '?') { a = lo; b = hi; }
    else if (range.includes('-')) { const [x, y] = range.split('-'); a = num(x); b = num(y); }
    else { a = num(range); b = stepText === undefined ? a : hi; }
    if (a > b) throw new Error(`bad cron range "${range}"`);
    for (let v = a; v <= b; v += step) values.add(v);
  }
  return { values, any: text === '*' || text === '?' };
}

export function parseCron(expr: string): CronSpec {
  const f = expr.trim().split(/\s+/);
  if (f.length !== 7) throw new Error(`cron "${expr}" must have 7 fields: sec min hour dom month dow year`);
  const dow = parseField(f[5], 0, 7, DAYS);
  if (dow.values.has(7)) dow.values.add(0);
  return {
    sec: parseField(f[0], 0, 59), min: parseField(f[1], 0, 59), hour: parseField(f[2], 0, 23),
    dom: parseField(f[3], 1, 31), month: parseField(f[4], 1, 12, MONTHS, 1), dow,
    year: parseField(f[6], 1970, 2199),
  };
}

function dayMatches(s: CronSpec, d: Date): boolean {
  // d is a "Shanghai wall clock" expressed in UTC fields.
  if (!s.year.values.has(d.getUTCFullYear()) || !s.month.values.has(d.getUTCMonth() + 1)) return false;
  const domOk = s.dom.values.has(d.getUTCDate());
  const dowOk = s.dow.values.has(d.getUTCDay());
  if (s.dom.any) return dowOk;
  if (s.dow.any) return domOk;
  return domOk || dowOk;
}

/** First fire time strictly after `after` (epoch ms), or null within the next 5 years. */
export function nextFire(spec: CronSpec, after: number): number | null {
  const startWall = Math.floor((after + SHANGHAI_OFFSET_MS) / 1000) * 1000 + 1000;
  const day0 = Date.UTC(new Date(startWall).getUTCFullYear(), new Date(startWall).getUTCMonth(), new Date(startWall).getUTCDate());
  for (let i = 0; i < 366 * 5; i++) {
    const day = new Date(day0 + i * 86400000);
    if (!dayMatches(spec, day)) continue;
    for (let h = 0; h < 24; h++) {
      if (!spec.hour.values.has(h)) continue;
      for (let m = 0; m < 60; m++) {
        if (!spec.min.values.has(m)) continue;
        for (let s = 0; s < 60; s++) {
          if (!spec.sec.values.has(s)) continue;
          const wall = day.getTime() + ((h * 60 + m) * 60 + s) * 1000;
          if (wall >= startWall) return wall - SHANGHAI_OFFSET_MS;
        }
      }
    }
  }
  return null;
}
