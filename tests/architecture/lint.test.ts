/** ESLint (eslint.config.mjs) over everything we write, and a reason on every disable that stays. */
import fs from 'node:fs';
import path from 'node:path';
import { root, runJsonTool } from './support/run-tool';

interface FileReport {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

const linted = ['src', 'cloudfunctions', 'localcloud', 'scripts', 'tests', 'config', 'bench', 'eslint.config.mjs', '.dependency-cruiser.cjs', 'jest.config.js'];

it('ESLint finds nothing, and no disable is left whose rule does not fire', () => {
  const report = runJsonTool<FileReport[]>('eslint/bin/eslint.js', [...linted.filter((p) => fs.existsSync(path.join(root, p))), '--format', 'json']);
  const problems = report.flatMap((f) => f.messages.map((m) => `${path.relative(root, f.filePath)}:${m.line} ${m.ruleId ?? ''} ${m.message}`));
  expect(problems).toEqual([]);
}, 180_000);

it('every eslint-disable says why after `--`', () => {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return ['node_modules', 'fixtures'].includes(e.name) ? [] : walk(p);
      return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) && !/^cloudfunctions\/[^/]+\/index\.js$/.test(path.relative(root, p)) ? [p] : [];
    });
  const bare = ['src', 'cloudfunctions', 'localcloud', 'scripts', 'tests']
    .flatMap((d) => walk(path.join(root, d)))
    .flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
        /(\/\/|\/\*)\s*eslint-disable/.test(line) && !/eslint-disable[\w-]*\s+[\w@/-]+(,\s*[\w@/-]+)*\s+--\s+\S/.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [],
      ),
    );
  expect(bare).toEqual([]);
});
