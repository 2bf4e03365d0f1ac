import fs from 'node:fs';
import path from 'node:path';
import { parse, tokenizer } from 'acorn';
import { assertBuilt, distRoot } from './support/built-weapp';

/**
 * The weapp runs where the README says it runs (运行环境): iOS ≥ 12, whose JavaScriptCore parses
 * ES2019 but not ES2020 (`?.`, `??`, bigint literals: Safari 13.1/14) nor regex lookbehind (Safari
 * 16.4). A newer token anywhere in dist/ is a SyntaxError before the first page renders, and the
 * upload-time ES6→ES5 compile is off (project.config.json), so dist/ must already be at that level.
 * Sources: https://developer.apple.com/documentation/safari-release-notes (Safari 13.1, 16.4),
 * https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html
 */
const ES_LEVEL = 2019;

beforeAll(() => assertBuilt());

const scripts = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? scripts(p) : e.name.endsWith('.js') ? [p] : [];
  });

/** Regex literals with lookbehind, which acorn accepts at ES2018+ but iOS < 16.4 cannot parse. */
function lookbehinds(source: string): string[] {
  const found: string[] = [];
  for (const token of tokenizer(source, { ecmaVersion: ES_LEVEL })) {
    const value = (token as { value?: { pattern?: string } }).value;
    if (token.type.label === 'regexp' && value?.pattern && /\(\?<[=!]/.test(value.pattern)) found.push(`/${value.pattern}/`);
  }
  return found;
}

test('every script of the weapp build parses at ES2019, without regex lookbehind', () => {
  const files = scripts(distRoot);
  expect(files.length).toBeGreaterThan(10);
  const failures: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const name = path.relative(distRoot, file);
    try {
      parse(source, { ecmaVersion: ES_LEVEL, sourceType: 'script' });
      for (const re of lookbehinds(source)) failures.push(`${name}: regex lookbehind ${re.slice(0, 60)}`);
    } catch (err) {
      const pos = (err as { pos?: number }).pos ?? 0;
      failures.push(`${name}: ${(err as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 60), pos + 20))}`);
    }
  }
  expect(failures).toEqual([]);
});

test('the check itself refuses ES2020 syntax and lookbehind', () => {
  expect(() => parse('const a = b?.c ?? 1;', { ecmaVersion: ES_LEVEL })).toThrow();
  expect(lookbehinds('const r = /(?<=x)y/;')).toEqual(['/(?<=x)y/']);
  expect(() => parse('try { f() } catch { g() }', { ecmaVersion: ES_LEVEL })).not.toThrow();
});
