import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from './plugins/auth-modes';
import { sendApiNotFound } from './plugins/errors';

/** Finds the built SPA (web/dist) from source or bundle location, unless configured. */
function findWebDist(configured: string | undefined): string | null {
  if (configured) return existsSync(path.join(configured, 'index.html')) ? path.resolve(configured) : null;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * Serves the agent app: hashed assets with long caching, and index.html for every other
 * non-API path so client-side routes survive a reload. Unknown /api paths stay JSON 404s.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string | undefined): Promise<void> {
  const root = findWebDist(webDistDir);
  if (root) await app.register(fastifyStatic, { root, serve: false });

  /** A file of the build for this URL path, or null (no directory escapes, no directories). */
  const builtFile = (pathname: string): string | null => {
    if (!root) return null;
    let full: string;
    try {
      full = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    } catch {
      return null; // malformed percent-encoding
    }
    return full.startsWith(root + path.sep) && existsSync(full) && path.extname(full) !== '' ? full : null;
  };

  app.get('/assets/*', { config: { auth: PUBLIC }, schema: { hide: true } }, (request, reply) => {
    const file = builtFile(request.url.split('?')[0] ?? '');
    if (!file) return sendApiNotFound(reply);
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .sendFile(path.relative(root ?? '', file));
  });

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname.startsWith('/api/') || request.method !== 'GET') return sendApiNotFound(reply);
    if (!root)
      return reply.status(503).type('text/plain').send('The web app is not built yet: run `npm run build`.');
    const file = builtFile(pathname);
    if (file)
      return reply.header('cache-control', 'public, max-age=3600').sendFile(path.relative(root, file));
    if (path.extname(pathname) !== '') return sendApiNotFound(reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
