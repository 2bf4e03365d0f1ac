/**
 * An on-site sign-in code as scanned (the theme day's, an activity's): the QR holds the H5 link to
 * the sign-in page with `code=`, or the bare code; either way the function verifies its signature
 * and window.
 */
export function codeOfScan(scanned: string): string {
  const m = /[?&]code=([^&#]+)/.exec(scanned);
  if (!m) return scanned.trim();
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
