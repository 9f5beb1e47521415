import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: services/cli/src → ../../.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * Per-checkout state of `chartroom up`: pid files, logs, resolved endpoints. Git-ignored.
 * CHARTROOM_STATE_DIR moves it, so a second set of API and workers (tests) can run beside the demo.
 */
export const STATE_DIR = process.env.CHARTROOM_STATE_DIR
  ? path.resolve(process.env.CHARTROOM_STATE_DIR)
  : path.join(REPO_ROOT, '.chartroom');
export const RUN_DIR = path.join(STATE_DIR, 'run');
export const LOG_DIR = path.join(STATE_DIR, 'logs');
/** The service endpoints `up` resolved, as CHARTROOM_* variables for every later command. */
export const ENV_FILE = path.join(STATE_DIR, 'env.json');
