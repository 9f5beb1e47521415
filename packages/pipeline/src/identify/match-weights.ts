import type { FieldAgreement, IdentifierKind } from '@chartroom/domain';

/**
 * Fellegi–Sunter field weights, log2(m/u) for agreement and log2((1−m)/(1−u)) for disagreement,
 * where m is the chance the field agrees when the record is the right patient and u the chance
 * it agrees by accident for a random other patient. The m and u below are stated assumptions for
 * a hospital index of ~10⁵–10⁶ patients, not fitted values; the evaluation set (npm run bench --
 * identify) checks the decisions they lead to. "near" is its own outcome with its own m and u.
 */
export const FIELD_PROBABILITIES: Record<
  IdentifierKind,
  { agree: { m: number; u: number }; near: { m: number; u: number } }
> = {
  // An MRN printed and read correctly is near-unique; a one-typo MRN is as often someone else's.
  mrn: { agree: { m: 0.95, u: 1e-5 }, near: { m: 0.03, u: 1e-4 } },
  // Full name (family and first given): common names repeat about 1 in 5,000.
  name: { agree: { m: 0.9, u: 2e-4 }, near: { m: 0.06, u: 2e-3 } },
  // Date of birth: ~20,000 plausible dates, unevenly used.
  birthDate: { agree: { m: 0.95, u: 1e-4 }, near: { m: 0.03, u: 1e-3 } },
};

export function fieldWeight(kind: IdentifierKind, agreement: FieldAgreement): number {
  const { agree, near } = FIELD_PROBABILITIES[kind];
  switch (agreement) {
    case 'agree':
      return Math.log2(agree.m / agree.u);
    case 'near':
      return Math.log2(near.m / near.u);
    case 'disagree':
      return Math.log2((1 - agree.m - near.m) / (1 - agree.u - near.u));
    case 'missing':
      return 0;
  }
}

export function matchWeight(fields: Record<IdentifierKind, FieldAgreement>): number {
  return (Object.keys(fields) as IdentifierKind[]).reduce(
    (sum, kind) => sum + fieldWeight(kind, fields[kind]),
    0,
  );
}
