import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { elasticsearchCommand, esArtifact, resolveJavaHome } from './elasticsearch.ts';

const options = {
  esHome: '/var/lib/chartroom/elasticsearch/elasticsearch-8.19.7',
  javaHome: '/usr/lib/jvm/java-17-openjdk-amd64',
  host: '127.0.0.1',
  port: 9200,
  dataDir: '/d',
  logsDir: '/l',
  pidFile: '/p/elasticsearch-9200.pid',
};

describe('elasticsearchCommand', () => {
  it('runs the script directly with ES_JAVA_HOME and the heap in the environment when not root', () => {
    const cmd = elasticsearchCommand(options);
    expect(cmd.command).toBe(`${options.esHome}/bin/elasticsearch`);
    expect(cmd.env).toEqual({ ES_JAVA_HOME: options.javaHome, ES_JAVA_OPTS: '-Xms512m -Xmx512m' });
    expect(cmd.args.slice(0, 3)).toEqual(['-d', '-p', options.pidFile]);
    const settings = cmd.args.filter((_, i) => cmd.args[i - 1] === '-E');
    expect(settings).toEqual([
      'discovery.type=single-node',
      'xpack.security.enabled=false',
      'network.host=127.0.0.1',
      'http.port=9200',
      'path.data=/d',
      'path.logs=/l',
      'cluster.name=chartroom',
      'cluster.routing.allocation.disk.threshold_enabled=false',
    ]);
  });

  it('goes through runuser and env when it must run as another user', () => {
    const cmd = elasticsearchCommand({ ...options, runAs: 'chartroom-es' });
    expect(cmd.command).toBe('runuser');
    expect(cmd.args.slice(0, 7)).toEqual([
      '-u',
      'chartroom-es',
      '--',
      'env',
      `ES_JAVA_HOME=${options.javaHome}`,
      'ES_JAVA_OPTS=-Xms512m -Xmx512m',
      `${options.esHome}/bin/elasticsearch`,
    ]);
    expect(cmd.args).toContain('http.port=9200');
    expect(cmd.env).toEqual({});
  });

  it('names the Maven Central artifact', () => {
    expect(esArtifact('8.19.7')).toBe(
      'org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.7:zip',
    );
  });
});

describe('resolveJavaHome', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prefers ES_JAVA_HOME', () => {
    expect(resolveJavaHome({ ES_JAVA_HOME: '/opt/jdk', PATH: '' })).toBe('/opt/jdk');
  });

  it('follows the java on PATH through symlinks to its home', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-java-'));
    const jdkBin = path.join(dir, 'jvm', 'jdk-17', 'bin');
    fs.mkdirSync(jdkBin, { recursive: true });
    fs.writeFileSync(path.join(jdkBin, 'java'), '#!/bin/sh\n', { mode: 0o755 });
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.symlinkSync(path.join(jdkBin, 'java'), path.join(dir, 'bin', 'java'));
    expect(resolveJavaHome({ PATH: path.join(dir, 'bin') })).toBe(
      fs.realpathSync(path.join(dir, 'jvm', 'jdk-17')),
    );
  });

  it('says what to install when there is no java', () => {
    expect(() => resolveJavaHome({ PATH: '/nonexistent' })).toThrow(/Java 17/);
  });
});
