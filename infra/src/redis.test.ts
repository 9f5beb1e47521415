import { describe, expect, it } from 'vitest';
import { redisServerArgs } from './redis.ts';

describe('redisServerArgs', () => {
  const base = { host: '127.0.0.1', port: 6390, pidFile: '/r/redis.pid', logFile: '/l/redis.log', dir: '/d' };

  it('daemonizes a throwaway server: no snapshots, no AOF, pid file and log', () => {
    const args = redisServerArgs(base);
    const pairs = Object.fromEntries(args.flatMap((a, i) => (a.startsWith('--') ? [[a, args[i + 1]]] : [])));
    expect(pairs).toEqual({
      '--daemonize': 'yes',
      '--bind': '127.0.0.1',
      '--port': '6390',
      '--save': '',
      '--appendonly': 'no',
      '--pidfile': '/r/redis.pid',
      '--logfile': '/l/redis.log',
      '--dir': '/d',
    });
  });

  it('requires the password the URL carries', () => {
    expect(redisServerArgs({ ...base, password: 'pw' }).slice(-2)).toEqual(['--requirepass', 'pw']);
  });
});
