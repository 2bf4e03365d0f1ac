import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { ModuleSizesPlugin } from './module-sizes-plugin';
import { RoutePreloadPlugin } from './route-preload-plugin';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * One source tree, two builds: the mini-program (weapp → dist/, the miniprogramRoot) and the H5
 * app served by the local cloud (h5 → dist-h5/). Separate output roots keep one build from
 * wiping the other.
 */
/**
 * Packages in node_modules that ship syntax newer than the oldest phone we support (README, 运行环境:
 * iOS 12's JavaScriptCore parses ES2019, not zod's `?.` and `??`). Taro compiles only src/ and its own
 * packages; these go through the same babel pass (targets from package.json's browserslist), so
 * dist/ is what runs on the phone and tests/weapp/es-level.test.ts can check it. The upload-time
 * ES6→ES5 compile of the devtools stays off: it would rewrite code after our tests ran.
 */
const newerSyntaxPackages = /node_modules[\\/](zod)[\\/]/;
const compile = { include: [(file: string) => newerSyntaxPackages.test(file)] };

export default defineConfig<'webpack5'>(async (merge) => {
  const isH5 = process.env.TARO_ENV === 'h5';
  // `npm run bench` builds its first-screen baseline (bench/bare-app/src: one page, one line of
  // text) with this very config, so the comparison measures what our app adds, not a setting.
  const bare = process.env.BENCH_BARE_APP === '1';
  // Which module went into which output file, for the bench's "largest modules" (git-ignored).
  const moduleSizes = (chain: { plugin: (name: string) => { use: (p: unknown, args: unknown[]) => unknown } }) =>
    chain.plugin('module-sizes').use(ModuleSizesPlugin, [path.resolve(__dirname, '..', '.build-stats', `${bare ? 'bare-' : ''}${isH5 ? 'h5' : 'weapp'}.json`)]);
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yun-zhibu',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: bare ? 'bench/bare-app/src' : 'src',
    outputRoot: bare ? 'bench/bare-app/dist-bare' : isH5 ? 'dist-h5' : 'dist',
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // The weapp's base.wxml leaves out the templates of components the app never renders.
    plugins: isH5 ? [] : [path.resolve(__dirname, 'weapp-templates-plugin.ts')],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's default terser output sets ascii_only, writing every Chinese character as a 6-byte
    // \uXXXX escape (3 bytes in UTF-8): WeChat and browsers read UTF-8 sources, so keep the characters.
    // Taro's weapp defaults also turn off eleven of terser's default compress steps (inlining,
    // collapsing variables…); they are back on, as the H5 build (terser's own defaults) always had
    // them: 5.6 KB less in the weapp main package (docs/decisions/size.md). The H5 build weighs the same.
    terser: {
      enable: true,
      config: {
        output: { ascii_only: false },
        compress: { collapse_vars: true, comparisons: true, computed_props: true, hoist_props: true, inline: true, loops: true, negate_iife: true, properties: true, reduce_vars: true, switches: true, typeofs: true },
      },
    },
    mini: {
      compile,
      webpackChain: moduleSizes,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: the local cloud serves one index.html and needs no rewrite rules.
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      // Taro splits only the initial chunks, so every lazily loaded page carried its own copy of the
      // code pages share (form fields, scope rules, schemas, charts): one async chunk holds what
      // three or more pages use, loaded once and cached.
      webpackChain(chain) {
        moduleSizes(chain);
        // The first page's route files load beside the entry, not after it (the bench's bare page
        // gets the same treatment for its one page, so the comparison stays setting for setting).
        chain.plugin('route-preload').use(RoutePreloadPlugin, [bare ? './pages/index/index' : './pages/home/index']);
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          // A route fetches at most this many files when opened (its own chunk and the shared ones):
          // webpack otherwise cuts the shared code per combination of pages using it, and the home
          // route fetched 16 small files one round trip after the entry. Past the cap, a small shared
          // chunk's modules go into the route's own chunk instead.
          maxAsyncRequests: 4,
          cacheGroups: {
            ...chain.optimization.get('splitChunks')?.cacheGroups,
            pagesShared: { chunks: 'async', minChunks: 3, minSize: 0, priority: 5, reuseExistingChunk: true },
          },
        });
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
