import { createLogger } from '@chartroom/logger';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from './app-context.ts';
import { enforceAccess } from './auth/access.ts';
import { buildApp } from './build-app.ts';

// Routes are registered without touching any service, so the description can be checked offline.
const context = { log: createLogger({ name: 'test', level: 'silent' }) } as unknown as ApiContext;

describe('the OpenAPI description', () => {
  it('describes every route with who may call it', async () => {
    const app = await buildApp(context, { inboxWebhookToken: 'x'.repeat(32), webDir: null });
    await app.ready();
    const spec = app.swagger() as unknown as {
      paths: Record<string, Record<string, { 'x-chartroom-access': unknown; security?: unknown[] }>>;
    };
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        route: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
    expect(operations.map((op) => op.route).sort()).toEqual(
      [
        'DELETE /v1/review/{documentId}/claim',
        'DELETE /v1/session',
        'GET /healthz',
        'GET /v1/audit',
        'GET /v1/audit/export',
        'GET /v1/batches/{batchId}',
        'GET /v1/document-types',
        'GET /v1/documents/{documentId}',
        'GET /v1/documents/{documentId}/pages/{page}/highlights',
        'GET /v1/documents/{documentId}/pages/{page}/image',
        'GET /v1/documents/{documentId}/searchable.pdf',
        'GET /v1/patients',
        'GET /v1/patients/{mrn}',
        'GET /v1/review',
        'GET /v1/review/next',
        'GET /v1/review/{documentId}',
        'GET /v1/search',
        'GET /v1/session',
        'POST /v1/batches',
        'POST /v1/documents/{documentId}/refile',
        'POST /v1/inbox/events',
        'POST /v1/review/{documentId}/actions',
        'POST /v1/review/{documentId}/claim',
        'POST /v1/session',
        'PUT /v1/documents/{documentId}/type',
      ].sort(),
    );
    for (const { route, operation } of operations) {
      expect(operation['x-chartroom-access'], route).toBeDefined();
      if (operation['x-chartroom-access'] === 'public') expect(operation.security, route).toEqual([]);
    }
    const access = (route: string) =>
      operations.find((op) => op.route === route)?.operation['x-chartroom-access'];
    expect(access('GET /v1/review')).toEqual(['clerk']);
    expect(access('GET /v1/search')).toEqual(['clinician']);
    expect(access('GET /v1/audit')).toEqual(['admin']);
    await app.close();
  });

  it('refuses to start with a route that declares no access', async () => {
    const app = Fastify();
    enforceAccess(app, {} as never);
    expect(() => app.get('/v1/forgotten', () => 'oops')).toThrow(/declares no access/);
    await app.close();
  });
});
