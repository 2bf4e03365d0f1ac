/** Serves the H5 build (dist-h5). The app routes by hash, so only "/" needs the index.html fallback. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8', '.webp': 'image/webp',
};

export function serveStatic(root: string | undefined, urlPath: string, res: ServerResponse): boolean {
  if (!root) return false;
  let rel: string;
  try { rel = decodeURIComponent(urlPath); } catch { return false; }
  const base = path.resolve(root);
  let file = path.resolve(base, '.' + rel);
  if (file !== base && !file.startsWith(base + path.sep)) return false; // no ../ escapes
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=60',
  });
  fs.createReadStream(file).pipe(res);
  return true;
}
