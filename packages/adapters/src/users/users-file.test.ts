import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './password.ts';
import { sha256Hex, UsersFile } from './users-file.ts';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'users-')), 'users.json');

describe('passwords', () => {
  it('verifies the right password only, with a salt per hash', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('anything', UNUSABLE_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });
});

describe('the users file', () => {
  it('saves, finds, finds by API token, and removes users; written readable by its owner only', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, users: [] }));
    const users = new UsersFile(file);
    users.save({
      username: 'casey',
      displayName: 'Casey',
      roles: ['clerk'],
      crossPatientSearch: false,
      apiTokenHashes: [sha256Hex('secret-token')],
      disabled: false,
    });
    expect(users.find('casey')?.roles).toEqual(['clerk']);
    expect(users.findByToken('secret-token')?.username).toBe('casey');
    expect(users.findByToken('other')).toBeUndefined();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('secret-token');
    expect(users.remove('casey')).toBe(true);
    expect(users.find('casey')).toBeUndefined();
  });

  it('sees an edit made by another process, and ignores disabled users', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, users: [] }));
    const users = new UsersFile(file);
    expect(users.find('dr.lee')).toBeUndefined();
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        users: [{ username: 'dr.lee', displayName: 'Dr Lee', roles: ['clinician'], disabled: true }],
      }),
    );
    // mtime granularity: make sure the change is visible as one.
    const later = new Date(Date.now() + 2000);
    utimesSync(file, later, later);
    expect(users.all()).toHaveLength(1);
    expect(users.find('dr.lee')).toBeUndefined();
  });

  it('rejects a malformed file with the reason', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, users: [{ username: 'X Y', roles: ['root'] }] }));
    expect(() => new UsersFile(file).all()).toThrow(/not a valid users file/);
  });
});
