import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import { ReviewActionError } from '@chartroom/pipeline';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ApiContext, AppOptions } from './app-context.ts';
import { enforceAccess } from './auth/access.ts';
import { describeAccess } from './openapi.ts';
import { auditRoutes } from './routes/audit.route.ts';
import { batchUploadRoutes } from './routes/batch-upload.route.ts';
import { batchRoutes } from './routes/batches.route.ts';
import { documentRoutes } from './routes/documents.route.ts';
import { documentTypeRoutes } from './routes/document-type.route.ts';
import { healthRoutes } from './routes/health.route.ts';
import { inboxEventRoutes } from './routes/inbox-events.route.ts';
import { patientRoutes } from './routes/patients.route.ts';
import { reviewRoutes } from './routes/review.route.ts';
import { searchRoutes } from './routes/search.route.ts';
import { sessionRoutes } from './routes/session.route.ts';
import { webApplication } from './web-application.ts';

const ACTION_ERROR_STATUS = { invalid: 400, conflict: 409, 'not-found': 404 } as const;

export async function buildApp(context: ApiContext, options: AppOptions = {}): Promise<FastifyInstance> {
  // Fastify's own request logging would print query strings (search terms can be names).
  const app = Fastify({ logger: false });
  app.addHook('onResponse', async (request, reply) => {
    context.log.info(
      {
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        actor: request.user?.username,
      },
      'request',
    );
  });
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof ReviewActionError) {
      return reply.code(ACTION_ERROR_STATUS[error.kind]).send({ error: error.message });
    }
    if (error.validation) return reply.code(400).send({ error: `bad request: ${error.message}` });
    if (error.statusCode && error.statusCode < 500)
      return reply.code(error.statusCode).send({ error: error.message });
    context.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    return reply.code(500).send({ error: 'internal error; see the API log' });
  });
  await app.register(cookie);
  // A station's upload: each file up to the limit, streamed part by part (never the whole batch in memory).
  await app.register(multipart, {
    limits: { fileSize: options.uploadMaxFileBytes ?? 100 * 1024 * 1024, files: 500, fields: 10 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chartroom API',
        version: '1',
        description:
          'Scanned charts filed to patients: review workbench, chart search, audit. Every read of patient data is audited.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'chartroom_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: describeAccess,
  });
  enforceAccess(app, context);

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());
  healthRoutes(app, context);
  sessionRoutes(app, context, options);
  batchRoutes(app, context);
  batchUploadRoutes(app, context);
  searchRoutes(app, context);
  patientRoutes(app, context);
  documentRoutes(app, context);
  reviewRoutes(app, context);
  documentTypeRoutes(app, context);
  auditRoutes(app, context);
  inboxEventRoutes(app, context, options.inboxWebhookToken);
  await webApplication(app, options.webDir ?? null);
  return app;
}
