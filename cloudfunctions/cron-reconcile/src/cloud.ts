/**
 * The one SDK set-up of our functions (cloudfunctions/api/src/platform/cloud.ts), inlined into
 * this function's bundle by esbuild: initialised once per cold start, like every function's.
 */
export { cloud, db, _ } from '../../api/src/platform/cloud';
