import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

describe('loadConfig', () => {
  it('gives working defaults for the local services', () => {
    const config = loadConfig({});
    expect(config.CHARTROOM_REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.CHARTROOM_WORKER_ROLES).toEqual(['intake', 'ocr', 'segment', 'file', 'summarise']);
    expect(config.CHARTROOM_OCR_LANGUAGES).toEqual(['eng']);
    expect(config.CHARTROOM_S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('parses roles, numbers and flags from strings', () => {
    const config = loadConfig({
      CHARTROOM_WORKER_ROLES: 'ocr, segment',
      CHARTROOM_OCR_WORKERS: '3',
      CHARTROOM_S3_FORCE_PATH_STYLE: 'false',
    });
    expect(config.CHARTROOM_WORKER_ROLES).toEqual(['ocr', 'segment']);
    expect(config.CHARTROOM_OCR_WORKERS).toBe(3);
    expect(config.CHARTROOM_S3_FORCE_PATH_STYLE).toBe(false);
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        CHARTROOM_REDIS_URL: 'not a url',
        CHARTROOM_WORKER_ROLES: 'ocr,cooking',
        CHARTROOM_API_PORT: '99999',
        CHARTROOM_MRN_PATTERN: '([',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/CHARTROOM_REDIS_URL/);
    expect(problems).toMatch(/CHARTROOM_WORKER_ROLES: unknown role\(s\) cooking/);
    expect(problems).toMatch(/CHARTROOM_API_PORT/);
    expect(problems).toMatch(/CHARTROOM_MRN_PATTERN/);
  });
});
