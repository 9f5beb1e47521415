import os from 'node:os';
import path from 'node:path';

/** Elasticsearch refuses to run as root, so as root it runs as this system user. */
export const ES_SYSTEM_USER = 'chartroom-es';

export interface InfraPaths {
  /** State root: caches, data, logs and pid files of everything chartroom starts. */
  root: string;
  /** Pid files of redis and s3rver, plus the lock that serialises ensureServices across processes. */
  runDir: string;
  logDir: string;
  redisDir: string;
  s3DataDir: (port: number) => string;
  /** Everything Elasticsearch touches lives here, owned by the user it runs as. */
  esRoot: string;
  esDownloadDir: string;
  esHome: (version: string) => string;
  esRunDir: string;
  esDataDir: (port: number) => string;
  esLogsDir: (port: number) => string;
  /** Set when running as root: the user Elasticsearch runs as. */
  esUser: string | undefined;
}

/**
 * Nothing lives inside the repo: a clone may sit in a 0700 temp dir that the Elasticsearch user
 * cannot traverse. Root uses /var/lib/chartroom, anyone else their cache dir.
 */
export function infraPaths(opts: {
  isRoot: boolean;
  home: string;
  xdgCacheHome?: string | undefined;
}): InfraPaths {
  const root = opts.isRoot
    ? '/var/lib/chartroom'
    : path.join(opts.xdgCacheHome || path.join(opts.home, '.cache'), 'chartroom');
  const esRoot = path.join(root, 'elasticsearch');
  return {
    root,
    runDir: path.join(root, 'run'),
    logDir: path.join(root, 'logs'),
    redisDir: path.join(root, 'redis'),
    s3DataDir: (port) => path.join(root, 's3', String(port)),
    esRoot,
    esDownloadDir: path.join(esRoot, 'download'),
    esHome: (version) => path.join(esRoot, `elasticsearch-${version}`),
    esRunDir: path.join(esRoot, 'run'),
    esDataDir: (port) => path.join(esRoot, `data-${port}`),
    esLogsDir: (port) => path.join(esRoot, `logs-${port}`),
    esUser: opts.isRoot ? ES_SYSTEM_USER : undefined,
  };
}

export function currentInfraPaths(): InfraPaths {
  return infraPaths({
    isRoot: process.getuid?.() === 0,
    home: os.homedir(),
    xdgCacheHome: process.env.XDG_CACHE_HOME,
  });
}
