import type { ReviewReason } from './identification.ts';

/**
 * What a pipeline stage returns. "Needs review" is a result, not an error; "stop" means the
 * input cannot be processed and says why in words a person can read.
 */
export type StageResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'needs-review'; value: T; reasons: ReviewReason[] }
  | { kind: 'stop'; reason: string };

/** Bad input: retrying cannot help. The message is shown to people as the quarantine reason. */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}
