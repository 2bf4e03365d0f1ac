// npm run load (scripts/load.mjs bundles and runs this): LOAD_MEMBERS, LOAD_SECONDS (≤ 600),
// LOAD_THINK_MS, LOAD_SEED, LOAD_URL (a fresh loopback local cloud instead of our own).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchmarksSection } from '../benchmarks-doc';
import { loadTable } from './report';
import { optionsFromEnv, runLoad } from './run';

const root = process.env.BENCH_ROOT ?? process.cwd();

async function main() {
  const opts = optionsFromEnv(process.env);
  console.log(`› load: ${opts.members} members for ${opts.seconds} s against ${opts.url ?? 'a local cloud of its own'}`);
  const report = await runLoad(opts);
  writeFileSync(join(root, 'bench', 'load.json'), JSON.stringify(report, null, 2) + '\n');
  writeBenchmarksSection(root, 'load', loadTable(report));
  console.log(loadTable(report));
  for (const c of report.integrity.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  for (const f of report.load.failureSamples) console.log(`failure: ${f.action} ${f.code} ${f.message}`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
