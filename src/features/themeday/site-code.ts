/**
 * The on-site code as scanned: the QR holds the H5 link to the theme-day page with `code=`, or
 * the bare code; either way the function verifies its signature and window.
 */
export function siteCodeOf(scanned: string): string {
  const m = /[?&]code=([^&#]+)/.exec(scanned);
  if (!m) return scanned.trim();
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
