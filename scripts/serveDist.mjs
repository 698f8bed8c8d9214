/**
 * A small static file server for the built site, used by the browser tests, the benchmark and the
 * screenshot script. It serves `dist/` the way a static host does: `/path/` -> `/path/index.html`,
 * unknown paths -> `404.html` with status 404, and (with `{ gzip: true }`, for the benchmark) text gzipped
 * for clients that accept it. Usage: `node scripts/serveDist.mjs [dir] [port]`.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};
/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml', '.webmanifest']);

async function fileFor(root, urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) {
      const index = join(full, 'index.html');
      await stat(index);
      return index;
    }
    return full;
  } catch {
    return null;
  }
}

/**
 * Serves `dir` on 127.0.0.1. Resolves to `{ url, close }` once listening; port 0 picks a free port.
 * `gzip: true` gzips text responses (pages, 404 page included) when the request accepts gzip, as a static
 * host would, so that transferred bytes can be measured; off by default, so responses are the files as is.
 * @param {string} dir
 * @param {number} [port]
 * @param {{ gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(dir, port = 0, { gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    /** Sends `body` as a file of type `ext`, gzipped when asked for and accepted. */
    const send = (status, ext, body, headers = {}) => {
      if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers = { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
      }
      res.writeHead(status, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': body.length,
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      // A directory requested without its slash redirects, as static hosts do.
      if (!path.endsWith('/') && !extname(path)) {
        const dirIndex = await fileFor(root, `${path}/`);
        if (dirIndex) {
          res.writeHead(301, { location: `${path}/` });
          res.end();
          return;
        }
      }
      const file = await fileFor(root, path);
      if (!file) {
        const notFound = await fileFor(root, '/404.html');
        send(404, '.html', notFound ? await readFile(notFound) : Buffer.from('Not found'));
        return;
      }
      send(200, extname(file), await readFile(file), { 'x-content-type-options': 'nosniff' });
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { url, close: () => new Promise((ok) => server.close(() => ok())) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await serveDist(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4321));
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${url}/`);
}
