import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './cli-error.ts';

export interface LocalFile {
  path: string;
  name: string;
  bytes: number;
}

/**
 * Files named on the command line, and the files directly inside named directories (hidden files
 * skipped), each directory's in name order: the order a station scanned them in.
 */
export async function listLocalFiles(inputs: string[]): Promise<LocalFile[]> {
  const files: LocalFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new CliError(`${input}: no such file or directory`);
    if (info.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort();
      for (const name of entries) {
        const filePath = path.join(input, name);
        files.push({ path: filePath, name, bytes: (await stat(filePath)).size });
      }
    } else {
      files.push({ path: input, name: path.basename(input), bytes: info.size });
    }
  }
  return files;
}
