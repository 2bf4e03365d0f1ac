/**
 * The real wx-server-sdk's database in this process, talking to the local cloud that
 * startLocalCloud started here (it sets the SDK's fallback endpoint). Tests and benches seed and
 * inspect data through it exactly as a function would.
 */
export function localSdkDb(): any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK initialises on load: only when a test or bench asks for it
  const cloud = require('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return cloud.database({ throwOnNotFound: false });
}
