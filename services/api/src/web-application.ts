import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web application (services/web/dist) and answers its client-side routes
 * (/review/…, /patients/…) with index.html. API paths that do not exist stay JSON 404s.
 */
export async function webApplication(app: FastifyInstance, webDir: string | null): Promise<void> {
  const dir = webDir ?? '';
  const built = webDir !== null && existsSync(path.join(dir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: path.resolve(dir),
      // Routes are ours (below): each declares its access like every other route.
      serve: false,
      // Asset names carry a content hash; index.html must always be fresh.
      setHeaders: (response, file) => {
        void response.header(
          'cache-control',
          file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
        );
      },
    });
    app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) =>
      reply.sendFile(`assets/${(request.params as { '*': string })['*']}`),
    );
  }
  app.setNotFoundHandler(async (request, reply) => {
    const apiPath = request.url.startsWith('/v1/') || request.url === '/openapi.json';
    if (apiPath || request.method !== 'GET') return reply.code(404).send({ error: 'no such route' });
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The web application is not built. Run: npm run build -w services/web (chartroom up does it).');
    }
    // A file at the top of the build (favicon), else the application's page for a client-side route.
    const name = decodeURIComponent(request.url.split('?')[0] ?? '').slice(1);
    if (/^[\w.-]+\.\w+$/.test(name) && existsSync(path.join(dir, name))) return reply.sendFile(name);
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
}
