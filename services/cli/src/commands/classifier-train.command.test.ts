import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@chartroom/config';
import { parseTextModel } from '@chartroom/pipeline';
import { afterAll, describe, expect, it } from 'vitest';
import { classifierTrainCommand } from './classifier-train.command.ts';

describe('classifier train', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const scratch = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'chartroom-model-'));
    dirs.push(dir);
    return dir;
  };

  it('--synthetic --out writes the shipped model: every type, the 0.98 floor', async () => {
    const out = path.join(await scratch(), 'model.json');
    const report = await classifierTrainCommand({ synthetic: true, fromReview: false, out }, loadConfig({}));
    const model = parseTextModel(await readFile(out, 'utf8'));
    expect(model.version).toBe(report.version);
    expect(report.suggestedThreshold).toBe(0.98);
    expect(Object.keys(report.perType)).toHaveLength(14);
    expect(report.outOfFoldAccuracy).toBeGreaterThan(0.95);
  });

  it('refuses to train from nothing, and from labels that name no type', async () => {
    await expect(
      classifierTrainCommand({ synthetic: false, fromReview: false }, loadConfig({})),
    ).rejects.toThrow(/needs --csv <file>, --synthetic and\/or --from-review/);
    const dir = await scratch();
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
