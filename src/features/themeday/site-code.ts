/** The theme day's on-site code as scanned: the shared reading of a scanned sign-in link or code. */
export { codeOfScan as siteCodeOf } from '../shared/scanned-code';
