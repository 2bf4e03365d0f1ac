import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compiler } from 'webpack';
import { launchRequestScript, type LaunchRequest } from './launch-request-script';

/**
 * H5: index.html sends the first page's first request itself, from its head, beside the entry
 * scripts' own requests. Started by the app (`useLaunch`), it went out only once the entry had been
 * evaluated and the app root mounted, 150–300 ms after navigation start on the bench's machine;
 * from the head its answer is usually back before the entry has run. The app adopts the response
 * when its launch call is the same request (docs/decisions/size.md).
 */
export class LaunchRequestPlugin {
  constructor(private readonly request: LaunchRequest) {}

  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('LaunchRequestPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('LaunchRequestPlugin', (data) => {
        // Before the entry's <script defer> tags and the route preloads.
        data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject('script', {}, launchRequestScript(this.request)));
        return data;
      });
    });
  }
}
