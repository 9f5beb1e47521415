import type { Role, SessionUser } from '@chartroom/api-contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditLog } from '@chartroom/adapters';
import type { SessionStore } from './sessions.ts';
import { sessionUserOf, type UsersFile } from '@chartroom/adapters';

/** Who may call a route: anyone, anyone signed in, or holders of one of the roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export const SESSION_COOKIE = 'chartroom_session';
/** Browsers send a custom header only to their own origin (no CORS here): forged cross-site requests lack it. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'chartroom';

export interface AccessDeps {
  users: UsersFile;
  sessions: SessionStore;
  audit: AuditLog;
}

/**
 * Every route declares its access in `config.access`; a route without one does not start (the
 * check runs as routes are added). Requests are authenticated by the session cookie (browsers)
 * or a bearer API token (the CLI, scripts). A refused request is audited.
 */
export function enforceAccess(app: FastifyInstance, deps: AccessDeps): void {
  app.decorateRequest('user', null);
  app.addHook('onRoute', (route) => {
    if (route.config?.access === undefined && !route.url.startsWith('/documentation')) {
      throw new Error(`route ${route.method.toString()} ${route.url} declares no access`);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    // The not-found handler serves the web application's page: public, like its assets.
    const access = request.is404 ? 'public' : (request.routeOptions.config?.access ?? 'signed-in');
    const { user, by } = await authenticate(request, deps);
    request.user = user;
    if (access === 'public') return;
    if (!user) return reply.code(401).send({ error: 'sign in first' });
    if (by === 'cookie' && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      if (request.headers[CSRF_HEADER] !== CSRF_VALUE) {
        return reply.code(403).send({ error: `a browser request must carry ${CSRF_HEADER}: ${CSRF_VALUE}` });
      }
    }
    if (access !== 'signed-in' && !access.some((role) => user.roles.includes(role))) {
      await deny(request, reply, deps.audit, `this needs the role ${access.join(' or ')}`);
    }
  });
}

async function authenticate(
  request: FastifyRequest,
  deps: AccessDeps,
): Promise<{ user: SessionUser | null; by: 'cookie' | 'token' | null }> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const record = deps.users.findByToken(authorization.slice('Bearer '.length).trim());
    return { user: record ? sessionUserOf(record) : null, by: record ? 'token' : null };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return { user: null, by: null };
  const username = await deps.sessions.touch(token);
  const record = username ? deps.users.find(username) : undefined;
  return { user: record ? sessionUserOf(record) : null, by: record ? 'cookie' : null };
}

/** Refuses with 403 and leaves an audit event saying who tried what. */
export async function deny(
  request: FastifyRequest,
  reply: FastifyReply,
  audit: AuditLog,
  why: string,
): Promise<FastifyReply> {
  await audit.record({
    actor: request.user?.username ?? 'anonymous',
    action: 'access.denied',
    resource: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
    outcome: 'denied',
    detail: { why, roles: request.user?.roles ?? [] },
  });
  return reply.code(403).send({ error: `not allowed: ${why}` });
}

/** The signed-in user; routes behind access checks always have one. */
export function userOf(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Error('no signed-in user on a route that requires one');
  return request.user;
}
