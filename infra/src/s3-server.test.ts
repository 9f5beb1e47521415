import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { s3rverArgs, s3rverBin } from './s3-server.ts';

describe('s3rver', () => {
  it("finds s3rver's CLI among the package's dependencies", () => {
    expect(fs.existsSync(s3rverBin())).toBe(true);
  });

  it('runs it with the legacy OpenSSL provider, bound to the endpoint, creating the bucket', () => {
    const args = s3rverArgs({
      bin: '/s3rver.js',
      host: '127.0.0.1',
      port: 9000,
      directory: '/s3',
      bucket: 'chartroom',
    });
    expect(args).toEqual([
      '--openssl-legacy-provider',
      '/s3rver.js',
      '--address',
      '127.0.0.1',
      '--port',
      '9000',
      '--directory',
      '/s3',
      '--silent',
      '--configure-bucket',
      'chartroom',
    ]);
  });
});
