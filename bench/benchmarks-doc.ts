import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A markdown table from a header and rows (cells must not hold '|'). */
export const markdownTable = (header: string[], rows: (string | number)[][]): string =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Where `npm run bench` and `npm run load` write their tables. */
export const benchmarksDoc = 'docs/benchmarks.md';

/**
 * Replaces the generated section of docs/benchmarks.md between `<!-- name:start -->` and
 * `<!-- name:end -->`: the figures there are only ever written by the script that measured them,
 * never by hand.
 */
export function writeBenchmarksSection(root: string, name: string, body: string): void {
  const path = join(root, benchmarksDoc);
  const doc = readFileSync(path, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  if (!pattern.test(doc)) throw new Error(`${benchmarksDoc} has no <!-- ${name}:start --> … <!-- ${name}:end --> section`);
  writeFileSync(path, doc.replace(pattern, () => `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`));
}
