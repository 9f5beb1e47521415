import { stopServices } from '@chartroom/infra';
import { stopAppProcesses } from '../app-processes.ts';

/** Stops the workers and the API, then the services chartroom started (never ones it found running). */
export async function downCommand(log: (line: string) => void): Promise<void> {
  await stopAppProcesses(log);
  await stopServices({ log });
}
