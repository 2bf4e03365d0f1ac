// npm run bench: figures, not timed tests. Writes bench/results.json and the tables of docs/benchmarks.md.
// The hook for per-action request counts of any list of calls is ./action-requests (measureActionRequests).
import { join } from 'node:path';
import { measureDbRequests } from './db-requests';
import { measureStudyRequests } from './study-requests';
import { measureFanoutThroughput } from './fanout-throughput';
import { functionBundleSizes, h5RouteFiles, h5Sizes, largestMainModules, mainPackageBudget, weappSizes } from './sizes';
import { measureColdStarts } from './cold-start';
import { measureDashboard } from './dashboard-cost';
import { measureExport } from './export-cost';
import { withSeededCounty } from './seeded-county';
import { measureFirstScreen } from './first-screen';
import { markdownTable, writeBenchmarksSection } from './benchmarks-doc';
import { measureEveryAction } from './every-action';
import { BenchRecorder } from './bench-sections';
import { checkWriteTargets } from './write-targets';

const root = process.env.BENCH_ROOT ?? process.cwd();

async function main() {
  const rec = new BenchRecorder(join(root, 'bench', 'results.json'));
  // Sizes of the builds made by this run (scripts/bench.mjs), then the first screen while the machine is still quiet.
  const sizes = await rec.section('sizes', async () => ({
    weapp: weappSizes(join(root, 'dist')),
    h5: h5Sizes(join(root, 'dist-h5')),
    bareH5: h5Sizes(join(root, 'bench', 'bare-app', 'dist-bare')),
    functionsKB: functionBundleSizes(join(root, 'cloudfunctions')),
    /** Source KB per package or file in the weapp main package, from the build's module list. */
    mainPackageLargest: largestMainModules(join(root, '.build-stats', 'weapp.json'), join(root, 'dist')),
    h5HomeRoute: h5RouteFiles(join(root, '.build-stats', 'h5.json'), join(root, 'dist-h5'), 'pages/home/index'),
  }));
  if (sizes) console.log(`bench: main package ${mainPackageLine(sizes.weapp.mainKB)}`);
  if (sizes?.mainPackageLargest?.length) console.log(`bench: main package's largest modules (source KB):\n${sizes.mainPackageLargest.map((m) => `  ${m.sourceKB}\t${m.module}`).join('\n')}`);
  const firstScreen = await rec.section('firstScreen', () => measureFirstScreen(root, Number(process.env.BENCH_FIRST_SCREEN_RUNS ?? 15), Number(process.env.BENCH_FIRST_SCREEN_WARMUPS ?? 2)));
  if (firstScreen?.ratio) console.log(`bench: H5 first screen ${firstScreen.app.median.firstScreen} ms vs bare ${firstScreen.bare.median.firstScreen} ms = ${firstScreen.ratio.firstScreen}× (goal ≤ ${firstScreen.ratio.goal}×, ${firstScreen.ratio.met ? 'met' : 'NOT MET'}); pairs ${firstScreen.ratio.pairs.join(' ')}, their median ${firstScreen.ratio.medianOfPairs}×`);
  const coldStart = await rec.section('coldStart', () => measureColdStarts(root, Number(process.env.BENCH_COLD_RUNS ?? 7)));
  const everyAction = await rec.section('everyAction', () => measureEveryAction());
  const db = await rec.section('dbRequests', () => measureDbRequests(root, Number(process.env.BENCH_MEMBERS ?? 1000)));
  const study = await rec.section('study', () => measureStudyRequests(root, Number(process.env.BENCH_STUDY_MEMBERS ?? 5000), 50));
  const fanout = await rec.section('fanout', () => measureFanoutThroughput(root, Number(process.env.BENCH_FANOUT_MEMBERS ?? 100_000)));
  // The issue's two county sizes: today's 3,700 directly managed members, and a large county. Each its own section.
  const countySizes = (process.env.BENCH_COUNTY_MEMBERS ?? '3700,100000').split(',').map(Number);
  const counties = [];
  for (const members of countySizes) {
    const county = await rec.section(`county${members}`, () => withSeededCounty(members, root, async (lc, seed) => ({ dashboard: await measureDashboard(lc, seed), export: await measureExport(lc, seed) })));
    if (county) counties.push(county);
  }
  const vol = (v: { checkins: number }) => `${v.checkins.toLocaleString('en')} check-ins`;
  const dbRequests: Record<string, number | string> = {};
  // The member-facing writes' target, from the everyAction figures: printed, in the table, and failing the run when over.
  const targets = everyAction ? checkWriteTargets(everyAction) : [];
  for (const t of targets) {
    const figure = t.requests === null ? 'not measured' : String(t.requests);
    dbRequests[`${t.action} (target ≤ ${t.limit})`] = t.met ? figure : `${figure}: OVER TARGET`;
    console.log(`bench: ${t.action} ${figure} database requests (target ≤ ${t.limit}) ${t.met ? 'met' : 'NOT MET'}`);
  }
  if (targets.some((t) => !t.met)) process.exitCode = 1;
  if (db) Object.assign(dbRequests, { 'member.join': db.joinRequests, 'member.list (branch, 20 per page)': db.listRequests, 'member.list (city + text search)': db.filteredListRequests, seededMembers: db.members });
  if (study) {
    Object.assign(dbRequests, {
      [`checkin.submit first / resubmit / replay, ${vol(study.low)}`]: `${study.low.submit.first} / ${study.low.submit.resubmit} / ${study.low.submit.replay}`,
      [`checkin.submit first / resubmit / replay, ${vol(study.high)}`]: `${study.high.submit.first} / ${study.high.submit.resubmit} / ${study.high.submit.replay}`,
      [`checkin.stats per push / per month / detail page, ${vol(study.low)}`]: `${study.low.statsPerPush} / ${study.low.statsPerMonth} / ${study.low.statsDetail}`,
      [`checkin.stats per push / per month / detail page, ${vol(study.high)}`]: `${study.high.statsPerPush} / ${study.high.statsPerMonth} / ${study.high.statsDetail}`,
      'study.list (member, 20 per page)': study.high.studyList,
      studyBranch: `${study.members.toLocaleString('en')} members, ${study.pushes} pushes`,
    });
  }
  const fanoutFigures: Record<string, number | string> = {};
  if (fanout) {
    const n = fanout.members.toLocaleString('en');
    dbRequests[`cron-theme-day per member, ${n} members (${fanout.consenting.toLocaleString('en')} with consent)`] = fanout.dbRequestsPerMember;
    dbRequests[`themeday.delivery (one stage, 50 per page), ${n} members`] = fanout.deliveryViewRequests;
    Object.assign(fanoutFigures, {
      [`members processed per second, ${n} members, throttle and request budget lifted`]: fanout.membersPerSecond,
      [`real-world duration for ${n} members at ${fanout.realWorld.sendsPerSecond} sends/s`]: `${fanout.realWorld.atSendRate.minutes} min (${fanout.realWorld.atSendRate.ticks} ticks)`,
      [`real-world duration for ${n} members at the database budget of ${fanout.realWorld.dbRequestsPerSecond} requests/s`]: `${fanout.realWorld.atDbBudget.minutes} min`,
      'day-of run starts before the meeting': `${fanout.realWorld.leadMinutes} min`,
    });
  }
  const results = {
    measuredAt: new Date().toISOString(),
    sizes,
    /** H5 first screen in headless chromium (ms from navigation start, cold cache, median), ours against a bare Taro page. */
    firstScreen,
    /** Loading a function bundle in a fresh Node process, as a cold start does (median ms, heap MB). */
    coldStart,
    dbRequests,
    /** Our side of the reminder fan-out (throttle lifted, local outbox), and the real duration at the configured rates. */
    fanout: fanoutFigures,
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
  };
  rec.write({ summary: results });
  // The tables of docs/benchmarks.md only from a run that has every section's figures (this one or earlier ones).
  const expected = ['sizes', 'firstScreen', 'coldStart', 'everyAction', 'dbRequests', 'study', 'fanout', ...countySizes.map((n) => `county${n}`)];
  if (expected.some((name) => !rec.figures(name))) {
    console.log(`bench: figures written to bench/results.json; docs/benchmarks.md left as it was (sections without figures: ${expected.filter((n) => !rec.figures(n)).join(', ')})`);
    return;
  }
  writeReadmeTable(results);
  if (sizes?.mainPackageLargest?.length) writeBenchmarksSection(root, 'main-modules', markdownTable(['package or source file', 'source KB (before minifying)'], sizes.mainPackageLargest.map((m) => [m.module, m.sourceKB])));
  if (everyAction) writeBenchmarksSection(root, 'actions', markdownTable(['action (caller)', 'database requests'], everyAction.map((a) => [a.label, a.code ? `${a.requests} (refused: ${a.code})` : a.requests])));
  console.log(JSON.stringify(results, null, 2));
  if (rec.sections && Object.values(rec.sections).some((s) => s.error)) process.exitCode = 1;
  if (targets.some((t) => !t.met)) console.error(`bench: the write target is not met: ${targets.filter((t) => !t.met).map((t) => `${t.action} ${t.requests}`).join(', ')}`);
}

const labels: Record<string, string> = { seededMembers: 'members seeded for the figures', studyBranch: 'branch seeded for the study figures' };

type Results = {
  sizes?: { weapp: ReturnType<typeof weappSizes>; h5: ReturnType<typeof h5Sizes>; bareH5: ReturnType<typeof h5Sizes>; functionsKB: Record<string, number>; h5HomeRoute?: ReturnType<typeof h5RouteFiles> };
  coldStart?: Awaited<ReturnType<typeof measureColdStarts>>;
  firstScreen?: Awaited<ReturnType<typeof measureFirstScreen>>;
  dbRequests: Record<string, number | string>;
  fanout: Record<string, number | string>;
  console: Record<string, string>;
  measuredAt: string;
};

const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

/** The main package against issue #15's line and the goal that leaves room under it. */
function mainPackageLine(mainKB: number): string {
  const { limitKB, goalKB } = mainPackageBudget;
  const room = Math.round((limitKB - mainKB) * 10) / 10;
  return `${mainKB} KB (≤ ${limitKB} KB: ${mainKB <= limitKB ? 'met' : 'NOT MET'}; goal ≤ ${goalKB} KB: ${mainKB <= goalKB ? 'met' : 'NOT MET'}; ${room} KB of room)`;
}

/** The README's table from whatever sections have figures (a failed section leaves its rows out). */
function writeReadmeTable(r: Results) {
  const screen = r.firstScreen;
  const sizeRows = r.sizes
    ? [
        ['weapp package (all)', `${r.sizes.weapp.totalKB} KB`],
        ['weapp main package', `${mainPackageLine(r.sizes.weapp.mainKB)}; WeChat's limit 2048 KB`],
        ...Object.entries(r.sizes.weapp.subPackagesKB).map(([root, size]) => [`weapp sub-package ${root}`, `${size} KB (limit 2048 KB)`]),
        ['H5 build (all files)', `${r.sizes.h5.totalKB} KB`],
        ['H5 entry JS / CSS', `${r.sizes.h5.entryJsKB} / ${r.sizes.h5.entryCssKB} KB (bare Taro page: ${r.sizes.bareH5.entryJsKB} / ${r.sizes.bareH5.entryCssKB} KB)`],
        ...(r.sizes.h5HomeRoute ? [['H5 home route (files fetched after the entry)', `${r.sizes.h5HomeRoute.files} files, ${r.sizes.h5HomeRoute.KB} KB`]] : []),
        ...Object.entries(r.sizes.functionsKB).map(([fn, size]) => [`${fn} function bundle`, `${size} KB`]),
      ]
    : [];
  const coldRows = (r.coldStart?.bundles ?? []).map((b) => [`cold start: load ${b.label}, median of ${r.coldStart!.runs}`, `${b.medianMs} ms, heap +${b.heapMB} MB (${b.KB} KB)`]);
  const screenRows = screen
    ? [
        [`H5 first contentful paint, median of ${screen.runs} cold loads`, `${screen.app.median.fcp} ms (bare Taro page ${screen.bare.median.fcp} ms, ${signed(screen.difference.fcp)} ms)`],
        [`H5 first screen (home as a member), median of ${screen.runs}`, `${screen.app.median.firstScreen} ms (bare Taro page ${screen.bare.median.firstScreen} ms, ${signed(screen.difference.firstScreen)} ms)`],
        ...(screen.ratio ? [[`H5 first screen ÷ bare page (goal ≤ ${screen.ratio.goal}×), after ${screen.warmups} warm-up loads each`, `${screen.ratio.firstScreen}× (median of the ${screen.runs} pairs' ratios ${screen.ratio.medianOfPairs}×)`]] : []),
      ]
    : [];
  const rows = [
    ...sizeRows,
    ...screenRows,
    ...coldRows,
    ...Object.entries(r.dbRequests).map(([k, v]) => [labels[k] ?? `database requests: ${k}`, String(v)]),
    ...Object.entries(r.fanout).map(([k, v]) => [`reminder fan-out: ${k}`, String(v)]),
    ...Object.entries(r.console).map(([k, v]) => [k, v]),
  ];
  writeBenchmarksSection(root, 'bench', [markdownTable(['figure', 'value'], rows), '', `_Measured by \`npm run bench\` at ${r.measuredAt}${screen ? `; first screen in chromium at ${screen.viewport}` : ''}; each section's own time is in bench/results.json._`].join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
