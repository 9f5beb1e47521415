import { describe, expect, it } from 'vitest';
import { bindAddress, endpointsToEnv, isLocalHost, resolveEndpoints, urlHost, urlPort } from './endpoints.ts';

describe('resolveEndpoints', () => {
  it('uses the local defaults with s3rver credentials', () => {
    expect(resolveEndpoints('local', {})).toEqual({
      mode: 'local',
      redisUrl: 'redis://127.0.0.1:6379',
      elasticsearchUrl: 'http://127.0.0.1:9200',
      s3: {
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
      },
    });
  });

  it('uses the MinIO credentials of docker-compose.yml in docker mode', () => {
    const endpoints = resolveEndpoints('docker', {});
    expect(endpoints.mode).toBe('docker');
    expect(endpoints.s3).toMatchObject({ accessKeyId: 'chartroom', secretAccessKey: 'chartroom-secret' });
  });

  it('honours every CHARTROOM_* override', () => {
    const env = {
      CHARTROOM_REDIS_URL: 'redis://10.0.0.5:6380',
      CHARTROOM_ES_URL: 'https://search.internal:9243',
      CHARTROOM_S3_ENDPOINT: 'http://minio.internal:9000',
      CHARTROOM_S3_REGION: 'eu-west-3',
      CHARTROOM_S3_ACCESS_KEY_ID: 'key',
      CHARTROOM_S3_SECRET_ACCESS_KEY: 'secret',
    };
    const endpoints = resolveEndpoints('local', env);
    expect(endpoints).toEqual({
      mode: 'local',
      redisUrl: 'redis://10.0.0.5:6380',
      elasticsearchUrl: 'https://search.internal:9243',
      s3: {
        endpoint: 'http://minio.internal:9000',
        region: 'eu-west-3',
        accessKeyId: 'key',
        secretAccessKey: 'secret',
      },
    });
    expect(endpointsToEnv(endpoints)).toEqual(env);
  });

  it('treats empty variables as unset', () => {
    expect(resolveEndpoints('local', { CHARTROOM_REDIS_URL: '', CHARTROOM_S3_REGION: '  ' })).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      s3: { region: 'us-east-1' },
    });
  });

  it('rejects malformed URLs and wrong schemes with the variable name', () => {
    expect(() => resolveEndpoints('local', { CHARTROOM_ES_URL: 'localhost:9200' })).toThrow(
      /CHARTROOM_ES_URL/,
    );
    expect(() => resolveEndpoints('local', { CHARTROOM_REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /CHARTROOM_REDIS_URL=.* must use redis:\/\//,
    );
    expect(() => resolveEndpoints('local', { CHARTROOM_S3_ENDPOINT: 'not a url' })).toThrow(
      /not a valid URL/,
    );
  });
});

describe('URL helpers', () => {
  it('fills in default ports per scheme', () => {
    expect(urlPort(new URL('redis://localhost'))).toBe(6379);
    expect(urlPort(new URL('http://localhost'))).toBe(80);
    expect(urlPort(new URL('https://localhost'))).toBe(443);
    expect(urlPort(new URL('http://localhost:9200'))).toBe(9200);
  });

  it('knows which hosts are this machine and what to bind to', () => {
    expect(isLocalHost(new URL('http://127.0.0.1:1'))).toBe(true);
    expect(isLocalHost(new URL('http://localhost:1'))).toBe(true);
    expect(isLocalHost(new URL('http://[::1]:1'))).toBe(true);
    expect(isLocalHost(new URL('http://es.internal:1'))).toBe(false);
    expect(urlHost(new URL('http://[::1]:1'))).toBe('::1');
    expect(bindAddress(new URL('http://localhost:1'))).toBe('127.0.0.1');
    expect(bindAddress(new URL('http://[::1]:1'))).toBe('::1');
  });
});
