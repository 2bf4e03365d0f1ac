import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compiler } from 'webpack';

/**
 * H5: index.html preloads the files of one lazily loaded route (the home page), so the browser
 * fetches them beside the entry scripts instead of after the entry has run and Taro's router has
 * asked for the route. The route's chunk group is found by its import request as webpack records
 * it (`./pages/home/index`, as .build-stats/h5.json lists it). A link opened on another page
 * fetches these files too; the home is where the app is opened from (docs/decisions/size.md).
 */
export class RoutePreloadPlugin {
  constructor(private readonly request: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('RoutePreloadPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('RoutePreloadPlugin', (data) => {
        const group = [...compilation.chunkGroups].find((g) => g.origins.some((o) => o.request === this.request));
        if (!group) throw new Error(`RoutePreloadPlugin: no chunk group loads ${this.request}`);
        const publicPath = String(compilation.outputOptions.publicPath ?? '/');
        const files = [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith('.js') || f.endsWith('.css'));
        const links = files.map((file) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: file.endsWith('.css') ? 'style' : 'script', href: publicPath + file }));
        data.headTags.push(...links);
        return data;
      });
    });
  }
}
