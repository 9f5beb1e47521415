import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKING_SERVICES, COMPOSE_FILE, INIT_SERVICE, composeArgs } from './docker-mode.ts';
import { DOCKER_S3_CREDENTIALS } from './endpoints.ts';

describe('docker mode', () => {
  it('builds compose command lines against the repo compose file', () => {
    expect(composeArgs('/repo/docker-compose.yml', 'up', '-d')).toEqual([
      'compose',
      '-f',
      '/repo/docker-compose.yml',
      'up',
      '-d',
    ]);
  });

  it('names services, ports and credentials that docker-compose.yml really has', () => {
    const compose = fs.readFileSync(COMPOSE_FILE, 'utf8');
    for (const service of [...BACKING_SERVICES, INIT_SERVICE])
      expect(compose).toMatch(new RegExp(`^  ${service}:`, 'm'));
    for (const port of ['6379:6379', '9000:9000', '9200:9200']) expect(compose).toContain(port);
    expect(compose).toContain(`MINIO_ROOT_USER: ${DOCKER_S3_CREDENTIALS.accessKeyId}`);
    expect(compose).toContain(`MINIO_ROOT_PASSWORD: ${DOCKER_S3_CREDENTIALS.secretAccessKey}`);
  });
});
