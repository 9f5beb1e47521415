/** Why a clerk's action was refused: the API answers 400 (invalid), 409 (conflict) or 404 (not-found). */
export type ReviewActionErrorKind = 'invalid' | 'conflict' | 'not-found';

/**
 * A clerk's review action that cannot be done as asked. The message says why in words a clerk can
 * act on and never holds patient data (no names, no dates of birth).
 */
export class ReviewActionError extends Error {
  constructor(
    readonly kind: ReviewActionErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ReviewActionError';
  }
}
