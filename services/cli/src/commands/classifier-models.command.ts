import type { Config } from '@chartroom/config';
import { activateModel, listModels, loadCurrentPointer, type CurrentModelPointer } from '@chartroom/pipeline';
import { CliError } from '../cli-error.ts';
import { blobStoreFor } from '../connections.ts';

/** The stored document-type models and the one in use (`classifier list`). */
export async function classifierListCommand(
  config: Config,
): Promise<{ current: CurrentModelPointer | null; models: { version: string; current: boolean }[] }> {
  const blobs = blobStoreFor(config);
  try {
    return { current: await loadCurrentPointer(blobs), models: await listModels(blobs) };
  } finally {
    blobs.client.destroy();
  }
}

/** Makes a stored model current again, e.g. to roll back a retraining (`classifier use <version>`). */
export async function classifierUseCommand(version: string, config: Config): Promise<CurrentModelPointer> {
  const blobs = blobStoreFor(config);
  try {
    return await activateModel(blobs, version, {
      source: `chartroom classifier use ${version}`,
      now: new Date(),
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  } finally {
    blobs.client.destroy();
  }
}
