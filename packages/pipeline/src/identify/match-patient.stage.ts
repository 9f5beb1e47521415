import type {
  CandidateScore,
  FoundIdentifier,
  IdentifierKind,
  MatchDecision,
  PatientIndex,
  ReviewReason,
} from '@chartroom/domain';
import { compareFields } from './compare-fields.ts';
import { matchWeight } from './match-weights.ts';

/** Bump when the rules or weights change: every decision records the version that made it. */
export const MATCHER_VERSION = 'fellegi-sunter/2';

export interface MatchOptions {
  /** Identifiers read with a lower OCR confidence than this cannot decide a match. */
  minConfidence: number;
  /** The least match weight (bits) that may file; two agreeing identifiers give ≥ 25. */
  fileThreshold: number;
  /** How far (bits) the best candidate must lead the runner-up. */
  margin: number;
  /** A page read with a lower mean OCR confidence holds its document for review. */
  minPageConfidence: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  minConfidence: 60,
  fileThreshold: 24,
  margin: 12,
  minPageConfidence: 55,
};

export interface DocumentEvidence {
  identifiers: FoundIdentifier[];
  /** Pages segmentation found pointing at another patient than the rest of the document. */
  suspectedMisfiledPages: string[];
  /** Each page's mean OCR confidence (pages with words only). */
  pageConfidences?: { pageId: string; meanConfidence: number }[];
}

const KINDS: IdentifierKind[] = ['mrn', 'name', 'birthDate'];
const LABEL: Record<IdentifierKind, string> = { mrn: 'MRN', name: 'name', birthDate: 'date of birth' };

/**
 * Decides a document's patient. It files automatically only when at least two independent
 * identifiers (MRN, full name, date of birth) agree with exactly one patient, nothing on the
 * pages disagrees with that patient, and no other candidate comes close. The same identifier
 * read twice (on two pages, or as barcode and text) counts once. Everything else goes to review
 * with its reasons: no match is better than a bad match.
 */
export async function matchPatient(
  evidence: DocumentEvidence,
  patients: PatientIndex,
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): Promise<MatchDecision> {
  const { identifiers } = evidence;
  const reasons: ReviewReason[] = [];
  const markedPages = [...evidence.suspectedMisfiledPages];
  if (markedPages.length > 0) {
    reasons.push({
      code: 'suspected-misfiled-page',
      message: `${markedPages.length} page(s) carry another patient's identifiers than the rest of the document.`,
    });
  }
  // A page read badly may hide another patient's name: its document waits for a person.
  const poorlyRead = (evidence.pageConfidences ?? []).filter(
    (page) => page.meanConfidence < options.minPageConfidence,
  );
  if (poorlyRead.length > 0) {
    markedPages.push(
      ...poorlyRead.map((page) => page.pageId).filter((pageId) => !markedPages.includes(pageId)),
    );
    reasons.push({
      code: 'poorly-read-page',
      message: `${poorlyRead.length} page(s) were read with low OCR confidence (below ${options.minPageConfidence}).`,
    });
  }

  // Only clear reads decide. A shaky read cannot count towards the two identifiers; it can only
  // hold a document back: when it is all there is, or when it does not fit the closest patient
  // (a misread or a wrong patient: a clerk must tell which).
  const clear = identifiers.filter((item) => item.confidence >= options.minConfidence);
  const shaky = identifiers.filter((item) => item.confidence < options.minConfidence);
  const shakyOnly = KINDS.filter(
    (kind) => shaky.some((item) => item.kind === kind) && !clear.some((item) => item.kind === kind),
  );
  const lowConfidence = (kinds: IdentifierKind[], why: string) => {
    if (kinds.length === 0 || reasons.some((reason) => reason.code === 'low-ocr-confidence')) return;
    reasons.push({
      code: 'low-ocr-confidence',
      message: `Read with low OCR confidence${why}: ${kinds.map((kind) => LABEL[kind]).join(', ')}.`,
    });
  };
  const distinct = (kind: IdentifierKind) => [
    ...new Set(clear.filter((item) => item.kind === kind).map((item) => item.value)),
  ];

  const decide = (candidates: CandidateScore[], patientMrn: string | null): MatchDecision => ({
    matcher: MATCHER_VERSION,
    outcome: patientMrn && reasons.length === 0 ? 'matched' : 'review',
    patientMrn: reasons.length === 0 ? patientMrn : null,
    identifiers,
    candidates,
    reasons,
    markedPages,
  });

  if (clear.length === 0) {
    if (identifiers.length === 0)
      reasons.push({ code: 'no-identifiers', message: 'No patient identifier was found on any page.' });
    lowConfidence(shakyOnly, '');
    return decide([], null);
  }

  const found = await patients.findCandidates({
    mrns: distinct('mrn'),
    names: distinct('name'),
    birthDates: distinct('birthDate'),
  });
  const candidates = found
    .map((patient): CandidateScore => {
      const fields = compareFields(clear, patient);
      return { mrn: patient.mrn, score: Math.round(matchWeight(fields) * 10) / 10, fields };
    })
    .sort((a, b) => b.score - a.score);

  const mrns = distinct('mrn');
  if (mrns.length > 1) {
    // Two MRNs may be one patient (a merged record keeps its old MRN as an alias).
    const ownerOf = (mrn: string) =>
      found.find((p) => p.mrn === mrn || (p.aliases ?? []).includes(mrn))?.mrn ?? mrn;
    const owners = new Set(mrns.map(ownerOf));
    if (owners.size > 1)
      reasons.push({ code: 'multiple-patients', message: `The pages carry ${mrns.length} different MRNs.` });
  }
  for (const kind of ['name', 'birthDate'] as const) {
    if (distinct(kind).length > 1) {
      reasons.push({ code: 'identifier-conflict', message: `The pages carry more than one ${LABEL[kind]}.` });
    }
  }

  const [best, runnerUp] = candidates;
  if (!best) {
    lowConfidence(shakyOnly, '');
    reasons.push(
      mrns.length > 0
        ? {
            code: 'mrn-not-found',
            message: 'No patient in the index has the MRN on the pages, or one like it.',
          }
        : {
            code: 'no-candidate',
            message: 'No patient in the index has the name or date of birth on the pages.',
          },
    );
    return decide(candidates, null);
  }

  const bestPatient = found.find((patient) => patient.mrn === best.mrn);
  const shakyFields = bestPatient ? compareFields(shaky, bestPatient) : null;
  lowConfidence(
    shakyOnly.filter((kind) => shakyFields?.[kind] !== 'agree'),
    ", not matching the closest patient's",
  );
  const agreeing = KINDS.filter((kind) => best.fields[kind] === 'agree');
  const against = KINDS.filter((kind) => best.fields[kind] === 'disagree' || best.fields[kind] === 'near');
  if (against.length > 0) {
    reasons.push({
      code: 'identifier-conflict',
      message: `The closest patient's ${against.map((kind) => LABEL[kind]).join(' and ')} differ${against.length > 1 ? '' : 's'} from the pages.`,
    });
  } else if (agreeing.length < 2) {
    lowConfidence(shakyOnly, '');
    reasons.push({
      code: 'single-identifier',
      message: `Only one identifier (${agreeing.map((kind) => LABEL[kind]).join('') || 'none'}) agrees; two are needed to file.`,
    });
  }
  if (
    best.fields.mrn === 'missing' &&
    mrns.length > 0 &&
    !reasons.some((r) => r.code === 'identifier-conflict')
  ) {
    reasons.push({ code: 'mrn-not-found', message: 'The MRN on the pages is not in the patient index.' });
  }
  const runnerUpAlsoFits = runnerUp && KINDS.filter((kind) => runnerUp.fields[kind] === 'agree').length >= 2;
  if (runnerUp && (best.score - runnerUp.score < options.margin || runnerUpAlsoFits)) {
    reasons.push({
      code: 'near-duplicate-patients',
      message:
        'Another patient in the index matches almost as well (twins, namesakes or a near-identical MRN).',
    });
  } else if (best.score < options.fileThreshold && reasons.length === 0) {
    reasons.push({
      code: 'single-identifier',
      message: 'The identifiers that agree are not enough to file.',
    });
  }
  return decide(candidates.slice(0, 5), best.mrn);
}
