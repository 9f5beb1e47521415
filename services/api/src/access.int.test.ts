import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { isolatedApiContext } from '../../../test/support/api-context.ts';
import { buildApp } from './build-app.ts';

// Sign-in, sessions, roles and the audit of refusals, on real Redis, S3 and Elasticsearch.
describe('sign-in and roles', () => {
  let api: Awaited<ReturnType<typeof isolatedApiContext>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    api = await isolatedApiContext();
    await api.addUser('casey', ['clerk'], 'casey-password-1');
    await api.addUser('dr.lee', ['clinician'], 'lee-password-12');
    app = await buildApp(api.context, { webDir: null });
  });

  afterAll(async () => {
    await app.close();
    await api.close();
  });

  const signIn = async (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/v1/session', payload: { username, password } });
  const cookieOf = (response: Awaited<ReturnType<typeof signIn>>) =>
    String(response.headers['set-cookie']).split(';')[0] ?? '';

  it('signs in with the right password into an HttpOnly, SameSite=Strict session', async () => {
    const response = await signIn('casey', 'casey-password-1');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      username: 'casey',
      displayName: 'casey',
      roles: ['clerk'],
      crossPatientSearch: false,
    });
    expect(String(response.headers['set-cookie'])).toMatch(
      /chartroom_session=[\w-]{40,}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict/,
    );
    const me = await app.inject({ url: '/v1/session', headers: { cookie: cookieOf(response) } });
    expect(me.json()).toMatchObject({ username: 'casey' });
  });

  it('refuses a wrong password the same way as an unknown user, and audits both', async () => {
    const wrong = await signIn('casey', 'nope-nope-nope');
    const unknown = await signIn('nobody', 'nope-nope-nope');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    await api.context.audit.refresh();
    const { events } = await api.context.audit.search({ action: 'session.sign-in', outcome: 'denied' });
    expect(events.map((event) => event.actor).sort()).toEqual(['casey', 'nobody']);
  });

  it('locks a user name after five failed sign-ins', async () => {
    await api.addUser('sam', ['clerk'], 'sam-password-123');
    for (let i = 0; i < 5; i++) expect((await signIn('sam', `wrong-${i}-password`)).statusCode).toBe(401);
    const locked = await signIn('sam', 'sam-password-123');
    expect(locked.statusCode).toBe(429);
  });

  it('asks for sign-in, then checks the role, and audits a refusal', async () => {
    expect((await app.inject({ url: '/v1/review' })).statusCode).toBe(401);
    const cookie = cookieOf(await signIn('dr.lee', 'lee-password-12'));
    const refused = await app.inject({ url: '/v1/review', headers: { cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: string }>().error).toMatch(/clerk/);
    await api.context.audit.refresh();
    const { events } = await api.context.audit.search({ actor: 'dr.lee', outcome: 'denied' });
    expect(events[0]).toMatchObject({ action: 'access.denied', resource: 'GET /v1/review' });
  });

  it('refuses a cookie-authenticated change without the anti-forgery header', async () => {
    const cookie = cookieOf(await signIn('casey', 'casey-password-1'));
    const url = '/v1/review/ward-1_b1-d001/claim';
    expect((await app.inject({ method: 'POST', url, headers: { cookie } })).statusCode).toBe(403);
    const claimed = await app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'x-requested-with': 'chartroom' },
    });
    expect(claimed.statusCode).toBe(200);
  });

  it('ends the session at sign-out', async () => {
    const cookie = cookieOf(await signIn('casey', 'casey-password-1'));
    expect((await app.inject({ method: 'DELETE', url: '/v1/session', headers: { cookie } })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ url: '/v1/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('takes a role away at the next request when the users file changes', async () => {
    const cookie = cookieOf(await signIn('casey', 'casey-password-1'));
    expect((await app.inject({ url: '/v1/document-types', headers: { cookie } })).statusCode).toBe(200);
    api.context.users.remove('casey');
    expect((await app.inject({ url: '/v1/document-types', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('review claims', () => {
  it('lets one clerk hold an item; the lease expires when abandoned', async () => {
    const api = await isolatedApiContext({ claimLeaseMs: 300 });
    try {
      const claims = api.context.claims;
      expect((await claims.claim('d1', 'casey')).ok).toBe(true);
      const other = await claims.claim('d1', 'sam');
      expect(other).toMatchObject({ ok: false, claim: { by: 'casey' } });
      expect((await claims.claim('d1', 'casey')).ok).toBe(true); // a renewal
      expect(await claims.release('d1', 'sam')).toBe(false); // not theirs to release
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(await claims.holderOf('d1')).toBeNull();
      expect((await claims.claim('d1', 'sam')).ok).toBe(true);
      expect((await claims.holdersOf(['d1', 'd2'])).get('d1')?.by).toBe('sam');
    } finally {
      await api.close();
    }
  });
});
