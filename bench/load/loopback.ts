/**
 * The load generator only ever drives a local cloud on this machine: 200 members hammering a
 * real deployment (or someone else's server) by a typo in LOAD_URL must be impossible.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:') return false;
    host = u.hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function assertLoopback(url: string): void {
  if (!isLoopbackUrl(url)) throw new Error(`refusing to load ${url}: only a local cloud on the loopback interface (127.0.0.0/8, ::1, localhost) may be driven`);
}
