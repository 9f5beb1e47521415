import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from './code-fingerprint.ts';

describe('codeFingerprint', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'chartroom-code-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'services/api/src'), { recursive: true });
  mkdirSync(path.join(root, 'packages/domain/node_modules'), { recursive: true });
  const main = path.join(root, 'services/api/src/main.ts');
  writeFileSync(main, 'export {};\n');

  it('changes when a source file changes, and not for what is not code', () => {
    const before = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(before);
    writeFileSync(path.join(root, 'packages/domain/node_modules/x.js'), 'dependency');
    writeFileSync(path.join(root, 'services/api/src/notes.txt'), 'not code');
    expect(codeFingerprint(root)).toBe(before);
    writeFileSync(main, 'export const changed = 1;\n');
    expect(codeFingerprint(root)).not.toBe(before);
  });

  it('changes when a file is touched (same size, new time), as a git checkout does', () => {
    const before = codeFingerprint(root);
    const later = new Date(Date.now() + 60_000);
    utimesSync(main, later, later);
    expect(codeFingerprint(root)).not.toBe(before);
  });
});
