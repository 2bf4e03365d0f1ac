/** The request index.html sends: the first page's first call, exactly as `services/cloud.ts` would send it. */
export interface LaunchRequest {
  /** The route it belongs to (Taro's hash route; an empty hash opens the first page). */
  route: string;
  /** The local cloud's origin ('' = same origin, as TARO_APP_LOCAL_CLOUD_URL). */
  base: string;
  fn: string;
  event: { action: string; payload: Record<string, unknown> };
}

/**
 * The home's first call: `member.me`, as features/home/first-screen.api.ts asks it at launch (the
 * greeting and every card wait for it). The app adopts the response only when its own request would
 * be the same (function, dev user, body); tests/ui/home-first-screen.test.tsx runs this script
 * before the App and checks that it is adopted.
 */
export const HOME_FIRST_REQUEST: Omit<LaunchRequest, 'base'> = { route: 'pages/home/index', fn: 'api', event: { action: 'member.me', payload: {} } };

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
