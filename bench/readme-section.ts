import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A markdown table from a header and rows (cells must not hold '|'). */
export const markdownTable = (header: string[], rows: (string | number)[][]): string =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/**
 * Replaces the README's generated section between `<!-- name:start -->` and `<!-- name:end -->`:
 * the figures there are only ever written by the script that measured them, never by hand.
 */
export function writeReadmeSection(root: string, name: string, body: string): void {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> section`);
  writeFileSync(path, readme.replace(pattern, () => `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`));
}
