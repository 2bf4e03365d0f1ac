import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startOwnCloud } from '../own-cloud';
import { LoadClient } from './client';
import { checkDataFolder } from './data-folder';
import { checkThroughActions, type Check } from './integrity';
import { runMember, type RunContext } from './member';
import { runOrganiser } from './organiser';
import { seededRandom } from './random';
import { Recorder } from './recorder';
import type { LoadReport } from './report';
import { seedCounty } from './seed';
import { assertLoopback } from './loopback';

export interface LoadOptions {
  members: number;
  seconds: number;
  /** Mean think time between a member's actions (organisers: twice this). */
  thinkMs: number;
  seed: number;
  /** Drive this (fresh, loopback) local cloud instead of starting one; the data folder is then not read back. */
  url?: string;
}

/** The bound: a run never lasts more than 10 minutes, whatever LOAD_SECONDS says. */
export const MAX_SECONDS = 600;

export function optionsFromEnv(env: Record<string, string | undefined>): LoadOptions {
  const num = (name: string, fallback: number) => {
    const v = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
    return v;
  };
  return {
    members: Math.round(num('LOAD_MEMBERS', 200)),
    seconds: Math.min(MAX_SECONDS, num('LOAD_SECONDS', 180)),
    thinkMs: num('LOAD_THINK_MS', 500),
    seed: Math.round(num('LOAD_SEED', 1)),
    url: env.LOAD_URL || undefined,
  };
}

/**
 * Seeds a county, then runs LOAD_MEMBERS members (all at once: join, then a member's session) and
 * the organisers until the deadline, measures every call, and reads everything back.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  if (opts.url) assertLoopback(opts.url);
  if (opts.seconds > MAX_SECONDS) throw new Error(`a load run lasts at most ${MAX_SECONDS} s`);
  const loadAverage = loadavg();
  const own = opts.url ? null : await startOwnCloud('yzb-load-');
  try {
    const url = opts.url ?? own!.url;
    const seedStarted = Date.now();
    const county = await seedCounty(new LoadClient(url), Date.now(), opts.seconds);
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const recorder = new Recorder();
    const started = Date.now();
    const ctx: RunContext = { client: new LoadClient(url, recorder), county, deadline: started + opts.seconds * 1000, thinkMs: opts.thinkMs, rnd: seededRandom(opts.seed) };
    const [ledgers] = await Promise.all([
      Promise.all(Array.from({ length: opts.members }, (_, i) => runMember(ctx, i))),
      Promise.all(county.organisers.map((o) => runOrganiser(ctx, o))),
    ]);
    const load = recorder.figures((Date.now() - started) / 1000);

    const checks: Check[] = await checkThroughActions(new LoadClient(url), county, ledgers, opts.members);
    if (own) {
      await own.stop();
      checks.push(...checkDataFolder(own.dataDir, county, ledgers, opts.members));
    }
    const integrity = { ok: checks.every((c) => c.ok), checks };
    return {
      measuredAt: new Date(started).toISOString(),
      machine: { node: process.version, cpus: cpus().length, loadAverage },
      config: {
        members: opts.members, seconds: opts.seconds, thinkMs: opts.thinkMs, seed: opts.seed,
        branches: county.branches.length, groups: county.groupIds.length, pushes: county.pushIds.length, organisers: county.organisers.length,
        target: opts.url ?? 'own local cloud process (127.0.0.1, temp data folder)',
      },
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      load,
      integrity,
      ok: integrity.ok && load.failures === 0,
    };
  } finally {
    if (own) {
      await own.stop().catch(() => undefined);
      rmSync(own.dataDir, { recursive: true, force: true });
    }
  }
}
