import { sessionUserOf, UNUSABLE_HASH, verifyPassword } from '@chartroom/adapters';
import type { FastifyInstance } from 'fastify';
import type { ApiContext, AppOptions } from '../app-context.ts';
import { SESSION_COOKIE } from '../auth/access.ts';

/** Sign-in with a user name and password; the session lives in an HttpOnly, SameSite=Strict cookie. */
export function sessionRoutes(app: FastifyInstance, context: ApiContext, options: AppOptions): void {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.cookieSecure ?? false,
    path: '/',
  };

  app.post<{ Body: { username: string; password: string } }>(
    '/v1/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in',
        tags: ['session'],
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', maxLength: 64 },
            password: { type: 'string', maxLength: 512 },
          },
        },
      },
    },
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase();
      const fail = async (why: string, status = 401) => {
        await context.audit.record({
          actor: username || 'anonymous',
          action: 'session.sign-in',
          resource: `user/${username}`,
          outcome: 'denied',
          detail: { why },
        });
        return reply.code(status).send({ error: status === 429 ? why : 'wrong user name or password' });
      };
      if (await context.signInThrottle.isLocked(username)) {
        return fail('too many failed sign-ins; try again in 15 minutes', 429);
      }
      const user = context.users.find(username);
      // An unknown name costs a hash check too, so timing does not tell which names exist.
      const ok = await verifyPassword(request.body.password, user?.passwordHash ?? UNUSABLE_HASH);
      if (!user || !user.passwordHash || !ok) {
        await context.signInThrottle.recordFailure(username);
        return fail(user ? 'wrong password' : 'unknown user');
      }
      await context.signInThrottle.reset(username);
      const token = await context.sessions.create(user.username);
      await context.audit.record({
        actor: user.username,
        action: 'session.sign-in',
        resource: `user/${user.username}`,
        outcome: 'success',
        detail: { roles: user.roles },
      });
      void reply.setCookie(SESSION_COOKIE, token, {
        ...cookieOptions,
        maxAge: (options.sessionMaxHours ?? 12) * 3600,
      });
      return sessionUserOf(user);
    },
  );

  app.get(
    '/v1/session',
    { config: { access: 'signed-in' }, schema: { summary: 'Who is signed in', tags: ['session'] } },
    (request) => Promise.resolve(request.user),
  );

  app.delete(
    '/v1/session',
    { config: { access: 'public' }, schema: { summary: 'Sign out', tags: ['session'] } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await context.sessions.destroy(token);
      if (request.user) {
        await context.audit.record({
          actor: request.user.username,
          action: 'session.sign-out',
          resource: `user/${request.user.username}`,
          outcome: 'success',
          detail: {},
        });
      }
      void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );
}
