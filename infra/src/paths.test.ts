import { describe, expect, it } from 'vitest';
import { infraPaths } from './paths.ts';

describe('infraPaths', () => {
  it('keeps root state in /var/lib/chartroom and runs Elasticsearch as its own user', () => {
    const paths = infraPaths({ isRoot: true, home: '/root' });
    expect(paths.root).toBe('/var/lib/chartroom');
    expect(paths.esUser).toBe('chartroom-es');
    expect(paths.esHome('8.19.7')).toBe('/var/lib/chartroom/elasticsearch/elasticsearch-8.19.7');
    expect(paths.esDataDir(9200)).toBe('/var/lib/chartroom/elasticsearch/data-9200');
    expect(paths.s3DataDir(9000)).toBe('/var/lib/chartroom/s3/9000');
  });

  it("uses the user's cache dir otherwise, and runs everything as that user", () => {
    expect(infraPaths({ isRoot: false, home: '/home/ann' })).toMatchObject({
      root: '/home/ann/.cache/chartroom',
      esRoot: '/home/ann/.cache/chartroom/elasticsearch',
      esUser: undefined,
    });
    expect(infraPaths({ isRoot: false, home: '/home/ann', xdgCacheHome: '/tmp/xdg' }).root).toBe(
      '/tmp/xdg/chartroom',
    );
  });
});
