import type { BatchManifest } from '@chartroom/domain';

/** A file name as it may appear in a manifest: one path segment, no control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it excludes
export const FILE_NAME_PATTERN = /^[^/\\\u0000-\u001f]{1,200}$/;

/** Reads a manifest; returns a reason instead when it cannot be trusted. */
export function parseManifest(bytes: Buffer, station: string, batchName: string): BatchManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'the batch manifest is not valid JSON';
  }
  if (typeof value !== 'object' || value === null) return 'the batch manifest is not a JSON object';
  const manifest = value as Partial<BatchManifest>;
  if (manifest.version !== 1) return `unsupported manifest version ${String(manifest.version)}`;
  if (manifest.station !== station || manifest.batchName !== batchName) {
    return 'the manifest names another station or batch than its folder';
  }
  if (!Array.isArray(manifest.files)) return 'the manifest lists no files';
  const names = new Set<string>();
  for (const file of manifest.files as unknown[]) {
    const entry = file as Partial<BatchManifest['files'][number]> | null;
    if (
      typeof entry?.name !== 'string' ||
      !FILE_NAME_PATTERN.test(entry.name) ||
      entry.name === 'manifest.json' ||
      typeof entry.bytes !== 'number' ||
      typeof entry.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(entry.sha256)
    ) {
      return 'the manifest has a malformed file entry';
    }
    if (names.has(entry.name)) return 'the manifest lists a file name twice';
    names.add(entry.name);
  }
  return manifest as BatchManifest;
}
