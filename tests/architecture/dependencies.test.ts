/** The layer rules of README.md ("Architecture"), as .dependency-cruiser.cjs states them. */
import path from 'node:path';
import { root, runJsonTool } from './support/run-tool';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}
interface Report {
  summary: { violations: Violation[]; totalCruised: number };
}

const cruise = (dirs: string[], cwd = root) =>
  runJsonTool<Report>('dependency-cruiser/bin/dependency-cruise.mjs', [...dirs, '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], cwd).summary;

const shown = (v: Violation) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`;

it('the app, the functions and the local cloud keep every layer rule', () => {
  const summary = cruise(['src', 'cloudfunctions', 'localcloud']);
  expect(summary.totalCruised).toBeGreaterThan(300);
  expect(summary.violations.map(shown)).toEqual([]);
}, 60_000);

it('a wrong import fails the check, and a right one passes', () => {
  const summary = cruise(['src', 'cloudfunctions', 'localcloud'], path.join(__dirname, 'fixtures/wrong-imports'));
  // Each line is one import marked "Wrong on purpose" in the fixture; its "Right" imports pass.
  expect(summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()).toEqual([
    'app-not-error-table: src/features/beta/beta-error.ts → src/domain/shared/errors.ts',
    'backend-calls-in-features: src/pages/home/index.ts → src/services/cloud.ts',
    'domain-is-pure: src/domain/gamma/gamma.rules.ts → src/features/shared/tag.ts',
    'feature-not-another-feature: src/features/alpha/alpha-card.ts → src/features/beta/beta-card.ts',
    'function-not-another-function: cloudfunctions/cron-x/src/index.ts → cloudfunctions/api/src/member.repo.ts',
    'localcloud-not-app: localcloud/server.ts → src/features/shared/tag.ts',
    'no-cycles: src/domain/gamma/gamma-more.rules.ts → src/domain/gamma/gamma.rules.ts',
  ]);
}, 60_000);
