import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compiler } from 'webpack';

/** The request index.html sends: the first page's first call, exactly as `services/cloud.ts` would send it. */
export interface LaunchRequest {
  /** The route it belongs to (Taro's hash route; an empty hash opens the first page). */
  route: string;
  /** The local cloud's origin ('' = same origin, as TARO_APP_LOCAL_CLOUD_URL). */
  base: string;
  fn: string;
  event: { action: string; payload: Record<string, unknown> };
}

/** Where the script leaves its request for the app (`services/launch-answers.ts` reads it). */
export const LAUNCH_REQUEST_GLOBAL = '__yzbLaunchRequest';

/**
 * The inline script's source. Hand-written ES5 (it is not compiled, and runs on the oldest browser
 * the app supports): when the page opens on `route` with a dev user signed in, it POSTs the event
 * and leaves `{ fn, openid, body, response }` on window; a failed fetch is caught here so it is not
 * reported as unhandled, and the app that takes it sees the rejection and asks again.
 */
export function launchRequestScript(req: LaunchRequest): string {
  const body = JSON.stringify(req.event);
  return [
    '!function(){try{',
    'var h=location.hash.replace(/^#\\/?/,"").split("?")[0],o=localStorage.getItem("devOpenid");',
    `if(!o||h&&h!==${JSON.stringify(req.route)})return;`,
    `var r=fetch(${JSON.stringify(`${req.base}/fn/${req.fn}`)},{method:"POST",headers:{"content-type":"application/json","x-dev-openid":o},body:${JSON.stringify(body)}});`,
    'r.catch(function(){});',
    `window[${JSON.stringify(LAUNCH_REQUEST_GLOBAL)}]={fn:${JSON.stringify(req.fn)},openid:o,body:${JSON.stringify(body)},response:r}`,
    '}catch(e){}}()',
  ].join('');
}

/**
 * H5: index.html sends the first page's first request itself, in its head, before the entry
 * scripts are fetched and run. Started from the app (`useLaunch`), it went out only once the
 * entry had been evaluated and the app root mounted, 150–300 ms after navigation start on the
 * bench's machine; from the head it goes out with the entry scripts' own requests and its answer
 * is usually back before they have run. The app adopts the response when its launch call has the
 * same function, identity and body (docs/decisions/size.md).
 */
export class LaunchRequestPlugin {
  constructor(private readonly request: LaunchRequest) {}

  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('LaunchRequestPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('LaunchRequestPlugin', (data) => {
        // First in the head: before the entry's <script defer> tags, whose fetches it then shares the connection pool with.
        data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject('script', {}, launchRequestScript(this.request)));
        return data;
      });
    });
  }
}
