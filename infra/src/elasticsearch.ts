import fs from 'node:fs';
import path from 'node:path';
import { bindAddress, urlPort } from './endpoints.ts';
import type { LocalService } from './local-service.ts';
import type { InfraPaths } from './paths.ts';
import { findExecutable, runCommand, spawnDetached, tailFile } from './process-control.ts';
import { probeElasticsearch } from './probes.ts';
import type { Log } from './types.ts';

/** 8.19 is the newest line that runs on Java 17 (9.x needs 21); keep in step with docker-compose.yml. */
export const ES_VERSION = '8.19.7';
export const ES_HEAP = '512m';
/** Cluster name; Elasticsearch names its main log file after it. */
export const ES_CLUSTER_NAME = 'chartroom';

/**
 * Maven Central's integ-test-zip: a real Elasticsearch without bundled JDK and with only core
 * modules (no analysis-common, no painless), so index templates must stick to core features.
 */
export function esArtifact(version: string): string {
  return `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${version}:zip`;
}

export interface EsLaunchOptions {
  esHome: string;
  javaHome: string;
  /** Run as this user through runuser (we are root and Elasticsearch refuses to run as root). */
  runAs?: string | undefined;
  host: string;
  port: number;
  dataDir: string;
  logsDir: string;
  pidFile: string;
}

export interface CommandLine {
  command: string;
  args: string[];
  /** Variables to add to the environment (already folded into args when going through runuser). */
  env: Record<string, string>;
}

/**
 * The Elasticsearch command line: single node, no security, loopback only, disk watermarks off
 * (a nearly full dev disk would otherwise turn indices read-only), detached (-d) with a pid file (-p).
 */
export function elasticsearchCommand(o: EsLaunchOptions): CommandLine {
  const settings = [
    'discovery.type=single-node',
    'xpack.security.enabled=false',
    `network.host=${o.host}`,
    `http.port=${o.port}`,
    `path.data=${o.dataDir}`,
    `path.logs=${o.logsDir}`,
    `cluster.name=${ES_CLUSTER_NAME}`,
    'cluster.routing.allocation.disk.threshold_enabled=false',
  ];
  const bin = path.join(o.esHome, 'bin', 'elasticsearch');
  const args = ['-d', '-p', o.pidFile, ...settings.flatMap((s) => ['-E', s])];
  // The zip has no bundled JDK: without ES_JAVA_HOME it does not start.
  const env = { ES_JAVA_HOME: o.javaHome, ES_JAVA_OPTS: `-Xms${ES_HEAP} -Xmx${ES_HEAP}` };
  if (!o.runAs) return { command: bin, args, env };
  // runuser does not pass our variables on reliably; `env` sets them for the launched script.
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return { command: 'runuser', args: ['-u', o.runAs, '--', 'env', ...assignments, bin, ...args], env: {} };
}

/** ES_JAVA_HOME if set, else the JDK/JRE home of the `java` on PATH (bin/java resolved through symlinks). */
export function resolveJavaHome(env: Record<string, string | undefined> = process.env): string {
  if (env.ES_JAVA_HOME) return env.ES_JAVA_HOME;
  const java = findExecutable('java', env.PATH);
  if (!java) {
    throw new Error(
      'elasticsearch: no `java` on PATH; Elasticsearch 8.19 needs Java 17+ (e.g. apt-get install openjdk-17-jre-headless)',
    );
  }
  return path.dirname(path.dirname(fs.realpathSync(java)));
}

/** Downloads (through Maven, which resolves it from Maven Central) and unpacks the distribution once. */
async function ensureDistribution(paths: InfraPaths, log: Log): Promise<string> {
  const home = paths.esHome(ES_VERSION);
  if (fs.existsSync(path.join(home, 'bin', 'elasticsearch'))) return home;
  const mvn = findExecutable('mvn');
  const unzip = findExecutable('unzip');
  if (!mvn || !unzip) {
    throw new Error(
      'elasticsearch: downloading the distribution needs `mvn` and `unzip` (apt-get install maven unzip)',
    );
  }
  log(`elasticsearch: downloading ${esArtifact(ES_VERSION)} with Maven`);
  fs.mkdirSync(paths.esDownloadDir, { recursive: true });
  const download = await runCommand(
    mvn,
    [
      '-q',
      '-B',
      'dependency:copy',
      `-Dartifact=${esArtifact(ES_VERSION)}`,
      `-DoutputDirectory=${paths.esDownloadDir}`,
    ],
    { timeoutMs: 900_000 },
  );
  const zip = path.join(paths.esDownloadDir, `elasticsearch-${ES_VERSION}.zip`);
  if (!download.ok || !fs.existsSync(zip)) {
    const output = `${download.stdout}\n${download.stderr}`.trim().slice(-3000);
    throw new Error(
      `elasticsearch: Maven could not fetch ${esArtifact(ES_VERSION)}: ${download.failure ?? output}`,
    );
  }
  // Unpack beside the target and rename, so an interrupted unzip never looks like a usable install.
  const staging = path.join(paths.esRoot, `.unpack-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const unpacked = await runCommand(unzip, ['-q', zip, '-d', staging], { timeoutMs: 300_000 });
  if (!unpacked.ok) throw new Error(`elasticsearch: unzip of ${zip} failed: ${unpacked.stderr.trim()}`);
  fs.renameSync(path.join(staging, `elasticsearch-${ES_VERSION}`), home);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(paths.esDownloadDir, { recursive: true, force: true }); // Maven keeps its own copy in ~/.m2
  return home;
}

async function ensureSystemUser(user: string, log: Log): Promise<void> {
  if ((await runCommand('id', ['-u', user])).ok) return;
  log(`elasticsearch: creating system user ${user} (Elasticsearch refuses to run as root)`);
  const created = await runCommand('useradd', [
    '--system',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    user,
  ]);
  if (!created.ok) throw new Error(`elasticsearch: useradd ${user} failed: ${created.stderr.trim()}`);
}

/** As root: hand the Elasticsearch tree to its user and prove that user can actually reach it. */
async function prepareForUser(
  paths: InfraPaths,
  user: string,
  home: string,
  dirs: string[],
  log: Log,
): Promise<void> {
  await ensureSystemUser(user, log);
  for (const dir of [paths.root, paths.esRoot]) fs.chmodSync(dir, 0o755);
  const chown = await runCommand('chown', ['-R', `${user}:`, paths.esRoot]);
  if (!chown.ok) throw new Error(`elasticsearch: chown of ${paths.esRoot} failed: ${chown.stderr.trim()}`);
  const checks = [
    `test -x '${path.join(home, 'bin', 'elasticsearch')}'`,
    ...dirs.map((d) => `test -w '${d}'`),
  ];
  const reachable = await runCommand('runuser', ['-u', user, '--', 'sh', '-c', checks.join(' && ')]);
  if (!reachable.ok) {
    throw new Error(
      `elasticsearch: user ${user} cannot reach ${paths.esRoot}; every parent directory must be traversable (o+x)`,
    );
  }
}

export function elasticsearchService(esUrl: string, paths: InfraPaths, log: Log): LocalService {
  const url = new URL(esUrl);
  const port = urlPort(url);
  const pidFile = path.join(paths.esRunDir, `elasticsearch-${port}.pid`);
  const logsDir = paths.esLogsDir(port);
  // The launcher's own output (JVM errors before logging starts) goes here; the node logs to logsDir.
  const launcherLog = path.join(paths.logDir, `elasticsearch-${port}.out`);
  return {
    name: 'elasticsearch',
    url,
    probe: () => probeElasticsearch(esUrl),
    pidFile,
    marker: 'elasticsearch',
    logFile: path.join(logsDir, `${ES_CLUSTER_NAME}.log`),
    startTimeoutMs: 120_000,
    start: async () => {
      const javaHome = resolveJavaHome();
      const home = await ensureDistribution(paths, log);
      const dataDir = paths.esDataDir(port);
      for (const dir of [dataDir, logsDir, paths.esRunDir]) fs.mkdirSync(dir, { recursive: true });
      if (paths.esUser)
        await prepareForUser(paths, paths.esUser, home, [dataDir, logsDir, paths.esRunDir], log);
      const launch = elasticsearchCommand({
        esHome: home,
        javaHome,
        runAs: paths.esUser,
        host: bindAddress(url),
        port,
        dataDir,
        logsDir,
        pidFile,
      });
      const child = spawnDetached(launch.command, launch.args, {
        logFile: launcherLog,
        env: { ...process.env, ...launch.env },
      });
      // With -d the launcher exits 0 once the node runs, non-zero if it could not start.
      let failure: string | undefined;
      child.on('error', (error) => (failure = `could not run the launcher: ${error.message}`));
      child.on('exit', (code, signal) => {
        if (code === 0) return;
        const output = tailFile(launcherLog, 15);
        failure = `its launcher exited with ${signal ?? `code ${code}`}; ${launcherLog} ends with:\n${output}`;
      });
      return () => failure;
    },
  };
}
