// npm run bench: figures, not timed tests. Writes bench/results.json and the README table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureDbRequests } from './db-requests';
import { measureStudyRequests } from './study-requests';
import { measureFanoutThroughput } from './fanout-throughput';
import { folderBytes, weappMainPackageBytes } from './sizes';
import { measureDashboard } from './dashboard-cost';
import { measureExport } from './export-cost';
import { withSeededCounty } from './seeded-county';

const root = process.env.BENCH_ROOT ?? process.cwd();
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function main() {
  const db = await measureDbRequests(root, Number(process.env.BENCH_MEMBERS ?? 1000));
  const study = await measureStudyRequests(root, Number(process.env.BENCH_STUDY_MEMBERS ?? 5000), 50);
  const fanout = await measureFanoutThroughput(root, Number(process.env.BENCH_FANOUT_MEMBERS ?? 100_000));
  // The two county sizes: today's 3,700 directly managed members, and a large county.
  const countySizes = (process.env.BENCH_COUNTY_MEMBERS ?? '3700,100000').split(',').map(Number);
  const counties = [];
  for (const members of countySizes) {
    counties.push(await withSeededCounty(members, root, async (lc, seed) => ({ dashboard: await measureDashboard(lc, seed), export: await measureExport(lc, seed) })));
  }
  const vol = (v: { checkins: number }) => `${v.checkins.toLocaleString('en')} check-ins`;
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpus: require('node:os').cpus().length },
    sizes: {
      weappMainPackageKB: kb(weappMainPackageBytes(join(root, 'dist'))),
      h5TotalKB: kb(folderBytes(join(root, 'dist-h5'))),
      apiFunctionBundleKB: kb(folderBytes(join(root, 'cloudfunctions', 'api')) - folderBytes(join(root, 'cloudfunctions', 'api', 'src'))),
    },
    dbRequests: {
      'member.join': db.joinRequests,
      'member.list (branch, 20 per page)': db.listRequests,
      'member.list (city + text search)': db.filteredListRequests,
      seededMembers: db.members,
      [`checkin.submit first / resubmit / replay, ${vol(study.low)}`]: `${study.low.submit.first} / ${study.low.submit.resubmit} / ${study.low.submit.replay}`,
      [`checkin.submit first / resubmit / replay, ${vol(study.high)}`]: `${study.high.submit.first} / ${study.high.submit.resubmit} / ${study.high.submit.replay}`,
      [`checkin.stats per push / per month / detail page, ${vol(study.low)}`]: `${study.low.statsPerPush} / ${study.low.statsPerMonth} / ${study.low.statsDetail}`,
      [`checkin.stats per push / per month / detail page, ${vol(study.high)}`]: `${study.high.statsPerPush} / ${study.high.statsPerMonth} / ${study.high.statsDetail}`,
      'study.list (member, 20 per page)': study.high.studyList,
      studyBranch: `${study.members.toLocaleString('en')} members, ${study.pushes} pushes`,
      [`cron-theme-day per member, ${fanout.members.toLocaleString('en')} members`]: fanout.dbRequestsPerMember,
      [`themeday.delivery (one stage, 50 per page), ${fanout.members.toLocaleString('en')} deliveries`]: fanout.deliveryViewRequests,
    },
    /** Our side of the reminder fan-out (throttle lifted, local outbox), and the real duration at the configured rate. */
    fanout: {
      [`members processed per second, ${fanout.members.toLocaleString('en')} members, throttle lifted`]: fanout.membersPerSecond,
      [`real-world duration for ${fanout.members.toLocaleString('en')} members at ${fanout.realWorld.sendsPerSecond} sends/s`]: `${fanout.realWorld.minutes} min (${fanout.realWorld.ticks} ticks)`,
    },
    /** The organiser console over a generated county (bench/seed-county.ts). */
    console: Object.fromEntries(
      counties.flatMap(({ dashboard: d, export: e }) => {
        const n = d.members.toLocaleString('en');
        return [
          [`stats.dashboard database requests county / branch / group, ${n} members`, `${d.county.requests} / ${d.branch.requests} / ${d.group.requests}`],
          [`stats.dashboard time county / branch / group, ${n} members`, `${d.county.ms} / ${d.branch.ms} / ${d.group.ms} ms`],
          [`ledger.export whole county, ${n} members`, `${(e.totalMs / 1000).toFixed(1)} s in ${e.steps} call${e.steps === 1 ? '' : 's'} (slowest ${(e.maxStepMs / 1000).toFixed(1)} s), ${e.requests} database requests, ${e.fileKB} KB`],
        ];
      }),
    ),
    consoleDetail: counties,
    fanoutDetail: fanout,
    /** The study figures in full, per check-in volume. */
    study,
  };
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeReadmeTable(results);
  console.log(JSON.stringify(results, null, 2));
}

const labels: Record<string, string> = { seededMembers: 'members seeded for the figures', studyBranch: 'branch seeded for the study figures' };

function writeReadmeTable(r: { sizes: Record<string, number>; dbRequests: Record<string, number | string>; fanout: Record<string, number | string>; console: Record<string, string>; measuredAt: string }) {
  const readmePath = join(root, 'README.md');
  const rows = [
    ['weapp main package', `${r.sizes.weappMainPackageKB} KB (limit 2048 KB)`],
    ['H5 build (all files)', `${r.sizes.h5TotalKB} KB`],
    ['api function bundle', `${r.sizes.apiFunctionBundleKB} KB`],
    ...Object.entries(r.dbRequests).map(([k, v]) => [labels[k] ?? `database requests: ${k}`, String(v)]),
    ...Object.entries(r.fanout).map(([k, v]) => [`reminder fan-out: ${k}`, String(v)]),
    ...Object.entries(r.console).map(([k, v]) => [k, v]),
  ];
  const table = ['| figure | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '', `_Measured by \`npm run bench\` at ${r.measuredAt}._`].join('\n');
  const readme = readFileSync(readmePath, 'utf8');
  const next = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  writeFileSync(readmePath, next);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
