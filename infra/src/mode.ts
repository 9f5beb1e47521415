import type { ServicesMode } from './types.ts';

/**
 * Docker mode when a Docker engine answers, local mode otherwise;
 * CHARTROOM_SERVICES_MODE=local|docker skips the probe.
 */
export async function chooseMode(
  env: Record<string, string | undefined>,
  dockerEngineAvailable: () => Promise<boolean>,
): Promise<ServicesMode> {
  const forced = env.CHARTROOM_SERVICES_MODE?.trim();
  if (forced === 'local' || forced === 'docker') return forced;
  if (forced) throw new Error(`CHARTROOM_SERVICES_MODE=${forced} is not one of: local, docker`);
  return (await dockerEngineAvailable()) ? 'docker' : 'local';
}
