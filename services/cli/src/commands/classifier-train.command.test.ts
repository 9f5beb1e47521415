import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@chartroom/config';
import { SHIPPED_MODEL_FILE } from '@chartroom/pipeline';
import { afterAll, describe, expect, it } from 'vitest';
import { classifierTrainCommand } from './classifier-train.command.ts';

describe('classifier train --synthetic', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  // README's command for the shipped model must give it back byte for byte: the model in the
  // repository is made only from the project's generated documents, and anyone can check that.
  it('reproduces the shipped model exactly', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chartroom-model-'));
    dirs.push(dir);
    const out = path.join(dir, 'model.json');
    const report = await classifierTrainCommand({ synthetic: true, fromReview: false, out }, loadConfig({}));
    const shipped = await readFile(SHIPPED_MODEL_FILE, 'utf8');
    expect(await readFile(out, 'utf8')).toBe(shipped);
    expect(report.version).toBe((JSON.parse(shipped) as { version: string }).version);
    expect(report.suggestedThreshold).toBe(0.98);
    expect(Object.keys(report.perType)).toHaveLength(14);
  });

  it('refuses to train from nothing, and from labels that name no type', async () => {
    await expect(
      classifierTrainCommand({ synthetic: false, fromReview: false }, loadConfig({})),
    ).rejects.toThrow(/needs --csv <file>, --synthetic and\/or --from-review/);
    const dir = await mkdtemp(path.join(tmpdir(), 'chartroom-model-'));
    dirs.push(dir);
    const csv = path.join(dir, 'labels.csv');
    await writeFile(csv, 'text,doc_type\nDear Dr. Ames,letter\nBake at 180 degrees,recipe\n');
    await expect(
      classifierTrainCommand(
        { csv, synthetic: false, fromReview: false, out: path.join(dir, 'm.json') },
        loadConfig({}),
      ),
    ).rejects.toThrow(/labels that name no document type: recipe/);
  });
});
