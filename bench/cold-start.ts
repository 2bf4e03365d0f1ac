import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kb } from './sizes';

/** What `localcloud` sets so wx-server-sdk loads without probing metadata hosts (shared/LOCALCLOUD.md). */
const sdkEnv = {
  TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'http://127.0.0.1:9/admin' }),
  TENCENTCLOUD_SECRETID: 'local',
  TENCENTCLOUD_SECRETKEY: 'local',
  TENCENTCLOUD_RUNENV: 'SCF',
  TENCENTCLOUD_REGION: 'ap-shanghai',
  SCF_NAMESPACE: 'local',
  TCB_ENV: 'local',
};

// Run in the child: load wx-server-sdk first (every bundle pays it alike, and on a shared machine its
// ~1 s of loading drowns the difference), then time the bundle's own loading and heap.
const probe = `require('wx-server-sdk');const t=process.hrtime.bigint();const h=process.memoryUsage().heapUsed;require(process.argv[1]);
console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,heapMB:(process.memoryUsage().heapUsed-h)/1048576}));`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Sample = { ms: number; heapMB: number };

/** Requires `bundle` in a fresh Node process: its load time and heap growth over the SDK's, as a cold instance pays them. */
function loadOnce(root: string, bundle: string): Sample {
  const r = spawnSync(process.execPath, ['-e', probe, bundle], { cwd: root, env: { ...process.env, ...sdkEnv, NODE_PATH: join(root, 'node_modules') }, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`loading ${bundle}: ${r.stderr.slice(0, 300)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Sample;
}

/**
 * `runs` cold loads of each bundle, taken in turns (one of each, then again) so a burst of load from
 * elsewhere on a shared machine falls on every bundle alike rather than on whichever ran then.
 */
function coldLoads(root: string, bundles: { label: string; file: string }[], runs: number) {
  const samples = bundles.map((): Sample[] => []);
  for (let i = 0; i < runs; i++) bundles.forEach((b, n) => samples[n].push(loadOnce(root, b.file)));
  return bundles.map((b, n) => ({
    label: b.label,
    medianMs: Math.round(median(samples[n].map((s) => s.ms))),
    heapMB: Math.round(median(samples[n].map((s) => s.heapMB)) * 10) / 10,
    KB: kb(statSync(b.file).size),
  }));
}

/**
 * The bundle before the Excel actions had a function of their own: `api` and `sheets` behind one
 * entry, each action dispatched as the client routes it (what `api` was, exceljs included).
 */
const oneFunctionEntry = (root: string) => `
import { functionOf } from ${JSON.stringify(join(root, 'src', 'contracts', 'functions'))};
import { main as api } from ${JSON.stringify(join(root, 'cloudfunctions', 'api', 'src', 'index'))};
import { main as sheets } from ${JSON.stringify(join(root, 'cloudfunctions', 'sheets', 'src', 'index'))};
export const main = (event: any, context: any) => (functionOf(event?.action) === 'sheets' ? sheets : api)(event, context);
`;

/**
 * Cold start per function bundle, and once more for `api` and `sheets` built as one bundle: what
 * giving the workbook code (ledger export and bulk import) a function of its own saves every other
 * action's cold start.
 */
export async function measureColdStarts(root: string, runs = 7) {
  const fnRoot = join(root, 'cloudfunctions');
  const names = readdirSync(fnRoot).filter((n) => existsSync(join(fnRoot, n, 'src', 'index.ts')) && existsSync(join(fnRoot, n, 'index.js')));
  const tmp = mkdtempSync(join(tmpdir(), 'yzb-cold-'));
  try {
    const entry = join(tmp, 'one-function.ts');
    writeFileSync(entry, oneFunctionEntry(root));
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-functions.mjs'), '--entry', `before=${entry}`, '--outdir', tmp], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building api and sheets as one bundle: ${built.stderr.slice(0, 300)}`);
    const bundles = coldLoads(root, [...names.map((n) => ({ label: `${n} bundle`, file: join(fnRoot, n, 'index.js') })), { label: 'api and sheets as one bundle (before the split)', file: join(tmp, 'before.js') }], runs);
    return { runs, bundles };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
