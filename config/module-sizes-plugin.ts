import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Compiler, Module } from 'webpack';

/** One output file and the source modules webpack put into it, with their sizes before minifying. */
export interface ChunkModules {
  files: string[];
  modules: { name: string; bytes: number }[];
}

/** A module's inner modules when webpack concatenated them (scope hoisting), else the module itself. */
const leaves = (m: Module): Module[] => {
  const inner = (m as Module & { modules?: Module[] }).modules;
  return inner?.length ? inner.flatMap(leaves) : [m];
};

/**
 * Writes, after each build, which modules went into which output file (`npm run bench` ranks the
 * main package's largest from it). Sizes are webpack's source sizes, before terser: they rank
 * modules, while bench/sizes.ts measures the shipped bytes.
 */
export class ModuleSizesPlugin {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('ModuleSizesPlugin', ({ compilation }) => {
      const shorten = (m: Module) => m.readableIdentifier(compilation.requestShortener).replace(/^.*!/, '').replace(/ \+ \d+ modules$/, '');
      const chunks: ChunkModules[] = [...compilation.chunks].map((chunk) => ({
        files: [...chunk.files],
        modules: compilation.chunkGraph
          .getChunkModules(chunk)
          .flatMap(leaves)
          .map((m) => ({ name: shorten(m), bytes: m.size() }))
          .filter((m) => m.bytes > 0),
      }));
      // What each lazily loaded module (an H5 route) fetches: the files of its chunk group.
      const groups = [...compilation.chunkGroups].map((g) => ({
        requests: [...new Set(g.origins.map((o) => o.request).filter(Boolean))],
        files: [...new Set(g.chunks.flatMap((c) => [...c.files]))],
      }));
      mkdirSync(dirname(this.outFile), { recursive: true });
      writeFileSync(this.outFile, JSON.stringify({ builtAt: new Date().toISOString(), chunks, groups }));
    });
  }
}
