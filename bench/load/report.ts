import type { Check } from './integrity';
import type { LoadFigures } from './recorder';
import { markdownTable } from '../benchmarks-doc';

export interface LoadReport {
  measuredAt: string;
  machine: { node: string; cpus: number; loadAverage: number[] };
  config: { members: number; seconds: number; thinkMs: number; seed: number; branches: number; groups: number; pushes: number; organisers: number; target: string };
  seedSeconds: number;
  load: LoadFigures;
  integrity: { ok: boolean; checks: Check[] };
  /** No failure and every integrity check passed: `npm run load` exits 0 only then. */
  ok: boolean;
}

const ms = (v: number) => (v >= 100 ? String(Math.round(v)) : v.toFixed(1));

/** The load section of docs/benchmarks.md: per action and overall, then the run and its integrity verdict. */
export function loadTable(r: LoadReport): string {
  const { load } = r;
  const rows = Object.entries(load.actions).map(([action, a]) => [action, a.count, ms(a.p50), ms(a.p95), ms(a.p99), ms(a.max), a.expected, a.failures]);
  rows.push(['**all**', load.requests, ms(load.overall.p50), ms(load.overall.p95), ms(load.overall.p99), ms(load.overall.max), load.expected, load.failures]);
  const failed = r.integrity.checks.filter((c) => !c.ok);
  return [
    markdownTable(['action', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'expected refusals', 'failures'], rows),
    '',
    `${r.config.members} members and ${r.config.organisers} organisers for ${load.seconds} s (think ${r.config.thinkMs} ms): ` +
      `**${load.throughput} req/s**, ${load.failures} failures. Integrity: **${r.integrity.ok ? 'ok' : 'FAILED'}** ` +
      `(${r.integrity.checks.length - failed.length}/${r.integrity.checks.length} checks${failed.length ? `; failed: ${failed.map((c) => c.name).join('; ')}` : ''}).`,
    '',
    `_Measured by \`npm run load\` at ${r.measuredAt} (node ${r.machine.node}, ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')} at start)._`,
  ].join('\n');
}
