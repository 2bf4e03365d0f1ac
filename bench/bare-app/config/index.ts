import { defineConfig } from '@tarojs/cli';

/**
 * The baseline of the H5 first-screen figure: one page with a line of text, built by the same Taro
 * 4.2 / React / webpack5 pipeline with the H5 settings of the app (../../../config/index.ts), so the
 * difference between the two is what our app adds. Output: bench/bare-app/dist-bare (git-ignored).
 */
export default defineConfig<'webpack5'>(async () => ({
  projectName: 'yun-zhibu-bare',
  date: '2026-12-02',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist-bare',
  plugins: [],
  defineConstants: {},
  copy: { patterns: [], options: {} },
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
    postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } } },
  },
}));
