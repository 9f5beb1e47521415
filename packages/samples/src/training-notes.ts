/**
 * Generators for the history-based training documents: history and physical, consultation,
 * progress note, office note, discharge summary, emergency department note and letter. They share
 * the clinical cases in training-cases.ts, so the same illness appears under every type and only the
 * document's shape tells them apart, as in a real chart.
 */
import type { SyntheticPatient } from './patients.ts';
import type { Prng } from './prng.ts';
import { CASES, type ClinicalCase, type Setting } from './training-cases.ts';
import {
  ALLERGIES,
  CHILD_MEDICATIONS,
  CHILD_PMH_ITEMS,
  EXAM_NORMAL,
  EXAM_ORDER,
  FAMILY_HISTORY,
  MEDICATIONS,
  PMH_ITEMS,
  PSH_ITEMS,
  ROS_SUMMARIES,
  ROS_SYSTEMS,
  SOCIAL_ADULT,
  SOCIAL_CHILD,
  labSummary,
  vitalSigns,
} from './training-phrases.ts';
import {
  addDays,
  bySize,
  capitalise,
  clinician,
  clinicianName,
  ds,
  f,
  finish,
  joinList,
  label,
  lowerFirst,
  lowerWords,
  newDoc,
  patientBlock,
  pf,
  randomTime,
  renderSections,
  salutationName,
  some,
  titleCase,
  usual,
  weighted,
  type Doc,
  type Section,
} from './training-text.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces

export function pickCase(rng: Prng, settings: readonly Setting[]): ClinicalCase {
  const fitting = CASES.filter((c) => c.settings.some((setting) => settings.includes(setting)));
  return rng.pick(fitting);
}

export function caseDoc(rng: Prng, pool: readonly SyntheticPatient[], c: ClinicalCase): Doc {
  return newDoc(rng, pool, { ages: c.ages ?? [18, 95], ...(c.sex ? { sex: c.sex } : {}) });
}

const DURATIONS = [
  '{two|three|four|several} days',
  '{one week|two weeks}',
  '{a month|several weeks|a few months}',
  '24 hours',
  'a day',
] as const;

/** The document title in the layout's case, or null when the page has none. */
export function title(doc: Doc, names: readonly string[], presence = 0.85): string | null {
  if (!doc.rng.chance(presence)) return null;
  const name = f(doc, usual(doc.rng, names));
  return doc.layout.headerCase === 'title' ? titleCase(name) : name.toUpperCase();
}

/** Facility, title, patient identification and meta lines, in one of a few arrangements. */
export function topMatter(
  doc: Doc,
  heading: string | null,
  meta: readonly string[],
  patientChance = 0.55,
  facilityChance = 0.3,
): string[] {
  const { rng } = doc;
  const lines: string[] = [];
  if (rng.chance(facilityChance)) {
    lines.push(rng.chance(0.5) ? doc.facility.toUpperCase() : doc.facility);
  }
  const patient = rng.chance(patientChance) ? patientBlock(rng, doc.patient, doc.dates) : [];
  if (rng.chance(0.75)) {
    if (heading) lines.push(heading, '');
    lines.push(...patient, ...meta);
  } else {
    lines.push(...patient, ...meta);
    if (heading) lines.push('', heading);
  }
  if (lines.length > 0) lines.push('');
  return lines;
}

export function authorName(doc: Doc): string {
  return clinicianName(doc.rng, doc.author);
}

/** A signature block in one of the ways dictation and EHR systems close a note. */
export function signature(doc: Doc, role?: string): string[] {
  const { rng } = doc;
  const name = authorName(doc);
  const time = randomTime(rng, 7, 22);
  const signed = ds(doc, addDays(doc.date, rng.int(0, 2)));
  const roleLine = role && rng.chance(0.4) ? [role] : [];
  return weighted<string[]>(rng, [
    [
      [
        '',
        `Dictated by: ${name}`,
        ...roleLine,
        `D: ${ds(doc, doc.date)} ${time}`,
        `T: ${ds(doc, addDays(doc.date, rng.int(1, 2)))} ${randomTime(rng)}`,
      ],
      18,
    ],
    [['', `Electronically signed by ${name} on ${signed} at ${time}`], 20],
    [['', `Electronically signed by: ${name}`, ...roleLine, `Date/Time: ${signed} ${time}`], 10],
    [['', name, ...roleLine], 18],
    [['', '_______________________________', name, ...roleLine], 8],
    [['', `${name}`, `${ds(doc, doc.date)} ${time}`], 8],
    [['', `Signed: ${name}    ${signed}`], 8],
    [[], 10],
  ]);
}

function historyItems(doc: Doc, c: ClinicalCase | undefined): string[] {
  const { rng } = doc;
  if (doc.child) {
    const own = c?.pmh ? some(rng, c.pmh, 0, 1).map((t) => f(doc, t)) : [];
    return own.length > 0 ? own : [rng.pick(CHILD_PMH_ITEMS)];
  }
  const own = c?.pmh ? some(rng, c.pmh, 1, 3).map((t) => f(doc, t)) : [];
  const generic = some(
    rng,
    PMH_ITEMS.filter((item) => doc.patient.sex === 'male' || item !== 'benign prostatic hyperplasia'),
    0,
    bySize(doc, 1, 3, 5),
  );
  return [...new Set([...own, ...generic])];
}

/** The first sentence of a history of present illness. */
export function hpiOpening(doc: Doc, c: ClinicalCase, history: readonly string[]): string {
  const { rng } = doc;
  const complaint = pf(doc, c.complaint);
  const duration = pf(doc, DURATIONS);
  const known = history.filter((item) => item !== 'none');
  const hx = known.length > 0 ? joinList(rng, known) : '';
  if (doc.child) {
    return f(
      doc,
      `{{pt}|The patient} is {a} {age}-year-old {person} {brought in|who comes in|seen today} with {his} {mother|father|parents} for ${complaint}${hx ? ` ; history of ${hx}` : ''}.`,
    ).replace(' ;', ';');
  }
  const withHx = hx
    ? f(
        doc,
        ` with {a history of|a past medical history of|a past medical history significant for|PMH of} ${hx}`,
      )
    : '';
  return weighted(rng, [
    [
      f(
        doc,
        `{{pt}|The patient} is {{a} |a pleasant }{age}-year-old {{person}|{sexw}}${withHx} who {presents|presented|comes in} with ${complaint} {for|of} ${duration}.`,
      ),
      45,
    ],
    [
      f(
        doc,
        `This is {a} {age}-year-old {sexw}${withHx} {presenting|who presents} with ${duration} of ${complaint}.`,
      ),
      25,
    ],
    [f(doc, `{age} y/o {sexw}${hx ? ` w/ PMH of ${hx}` : ''} p/w ${complaint} x ${duration}.`), 12],
    [
      f(
        doc,
        `{pt} is {a} {age}-year-old {person} who {reports|describes} ${complaint}, which began ${duration} ago.`,
      ),
      18,
    ],
  ]);
}

export function hpiText(doc: Doc, c: ClinicalCase, history: readonly string[], extra = 0): string {
  const sentences = some(doc.rng, c.hpi, bySize(doc, 1, 2, 3) + extra, bySize(doc, 2, 4, 6) + extra).map(
    (t) => f(doc, t),
  );
  return [hpiOpening(doc, c, history), ...sentences].join(' ');
}

export function examLines(doc: Doc, c: ClinicalCase | undefined, vitals = true): string[] {
  const { rng } = doc;
  const keep = bySize(doc, 0.35, 0.65, 0.9);
  const systems = EXAM_ORDER.filter((system) =>
    c?.exam[system] ? true : system === 'gu' ? rng.chance(0.1) : rng.chance(keep),
  );
  const lines = systems.map((system) => {
    const [names, normal] = EXAM_NORMAL[system];
    const findings = c?.exam[system];
    return `${label(doc, usual(rng, names))}: ${findings ? pf(doc, findings) : rng.pick(normal)}`;
  });
  if (vitals)
    lines.unshift(
      `${label(doc, usual(rng, ['VITAL SIGNS', 'VITALS', 'VS']))}: ${vitalSigns(rng, doc.child)}`,
    );
  return rng.chance(0.3) ? [lines.join(' ')] : lines;
}

/** Examination findings as running prose, without system labels or vital signs. */
export function examProse(doc: Doc, c: ClinicalCase | undefined): string {
  const { rng } = doc;
  const systems = EXAM_ORDER.filter(
    (system) => c?.exam[system] || (system !== 'gu' && rng.chance(bySize(doc, 0.2, 0.4, 0.6))),
  );
  const text = systems
    .map((system) => {
      const findings = c?.exam[system];
      return findings ? pf(doc, findings) : rng.pick(EXAM_NORMAL[system][1]);
    })
    .join(' ');
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function rosLines(doc: Doc): string[] {
  const { rng } = doc;
  const roll = rng.next();
  if (roll < 0.4) return [pf(doc, ROS_SUMMARIES)];
  const systems = some(rng, ROS_SYSTEMS, bySize(doc, 3, 5, 8), bySize(doc, 5, 9, 13));
  const lines = systems.map(([name, options]) => `${label(doc, name)}: ${rng.pick(options)}`);
  return roll < 0.75 ? lines : [lines.join(' ')];
}

export function medicationLines(doc: Doc, inline = false): string[] {
  const { rng } = doc;
  if (doc.child) return [capitalise(rng.pick(CHILD_MEDICATIONS)) + '.'];
  if (rng.chance(0.07))
    return [rng.pick(['None.', 'No regular medications.', 'See medication reconciliation.'])];
  const meds = some(rng, MEDICATIONS, bySize(doc, 1, 3, 5), bySize(doc, 3, 6, 9)).map((t) => f(doc, t));
  return inline || rng.chance(0.3)
    ? [meds.map(capitalise).join(', ').replace(/\.?$/, '.')]
    : meds.map(capitalise);
}

/** The past medical history as one line ("None." when there is none). */
export function historyText(doc: Doc, history: readonly string[]): string {
  const known = history.filter((item) => item !== 'none');
  if (known.length === 0)
    return doc.rng.pick(['None.', 'Noncontributory.', 'No significant past medical history.', 'Negative.']);
  return known.map(capitalise).join(', ') + '.';
}

export function allergyLine(doc: Doc): string {
  return pf(doc, ALLERGIES);
}

export function socialLine(doc: Doc): string {
  const bank = doc.child ? SOCIAL_CHILD : SOCIAL_ADULT;
  return some(doc.rng, bank, bySize(doc, 1, 2, 3), bySize(doc, 2, 3, 5))
    .map((t) => f(doc, t))
    .join(' ');
}

export function familyLine(doc: Doc): string {
  const picked = some(doc.rng, FAMILY_HISTORY, 1, bySize(doc, 1, 2, 2)).map((t) => f(doc, t));
  // "Noncontributory" or "adopted" says all there is to say.
  const whole = picked.find((line) => /Noncontributory|adopted/.test(line));
  return whole ?? picked.join(' ');
}

export function surgicalLine(doc: Doc): string {
  const items = some(
    doc.rng,
    PSH_ITEMS.filter((item) => doc.patient.sex === 'female' || !/cesarean|hysterectomy/.test(item)),
    1,
    3,
  )
    .map((t) => f(doc, t).trim())
    .filter((item) => item !== 'none');
  return items.length > 0 ? capitalise(items.join(', ')) + '.' : 'None.';
}

export function dataLines(doc: Doc, c: ClinicalCase): string[] {
  const own = some(doc.rng, c.data, 1, bySize(doc, 2, 3, 4)).map((t) => f(doc, t));
  return doc.rng.chance(bySize(doc, 0.2, 0.4, 0.6)) ? [labSummary(doc.rng), ...own] : own;
}

/** Drops repeats, ignoring case ("COPD" from the case and "copd" from the history). */
function distinct(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CHRONIC_PLANS = [
  'Continue home medications.',
  'Stable; continue current regimen.',
  'Monitor.',
  'Resume home dose.',
  'Follow up with primary care.',
  'Hold for now; reassess in the morning.',
] as const;

/** Assessment and plan in one of the usual shapes; header names are the caller's. */
export function assessmentPlan(
  doc: Doc,
  c: ClinicalCase,
  names: { combined: readonly string[]; assessment: readonly string[]; plan: readonly string[] },
  extraPlan: readonly string[] = [],
): Section[] {
  const { rng } = doc;
  const primary = pf(doc, c.diagnoses);
  const secondary = c.secondary ? some(rng, c.secondary, 0, bySize(doc, 1, 2, 3)).map((t) => f(doc, t)) : [];
  const plans = [
    ...some(rng, c.plan, bySize(doc, 1, 2, 3), bySize(doc, 2, 4, 5)).map((t) => f(doc, t)),
    ...extraPlan,
  ];
  const shape = rng.next();
  if (shape < 0.45) {
    const problems = [
      `${primary}${rng.chance(0.5) ? ':' : '.'} ${plans.join(' ')}`,
      ...secondary.map((dx) => `${dx}. ${rng.pick(CHRONIC_PLANS)}`),
    ];
    return [{ names: names.combined, lines: problems, list: true }];
  }
  if (shape < 0.8) {
    return [
      {
        names: names.assessment,
        lines: [primary, ...secondary],
        list: secondary.length > 0 || rng.chance(0.5),
      },
      { names: names.plan, lines: plans, list: rng.chance(0.7) },
    ];
  }
  const summary = f(
    doc,
    `{{age}-year-old {sexw}|{pt}} with ${lowerFirst(primary)}${secondary.length > 0 ? ` in the setting of ${lowerWords(secondary.join(', '))}` : ''}.`,
  );
  return [{ names: names.combined, lines: [capitalise(`${summary} ${plans.join(' ')}`)] }];
}

const HPI_NAMES = ['HISTORY OF PRESENT ILLNESS', 'HPI', 'HISTORY OF THE PRESENT ILLNESS', 'PRESENT ILLNESS'];
const PMH_NAMES = ['PAST MEDICAL HISTORY', 'PMH', 'MEDICAL HISTORY', 'PAST HISTORY'];
const PSH_NAMES = ['PAST SURGICAL HISTORY', 'PSH', 'SURGICAL HISTORY'];
const MED_NAMES = [
  'MEDICATIONS',
  'CURRENT MEDICATIONS',
  'HOME MEDICATIONS',
  'MEDS',
  'OUTPATIENT MEDICATIONS',
];
const ALLERGY_NAMES = ['ALLERGIES', 'DRUG ALLERGIES', 'ALLERGY'];
const SOCIAL_NAMES = ['SOCIAL HISTORY', 'SH', 'SOCIAL'];
const FAMILY_NAMES = ['FAMILY HISTORY', 'FH', 'FAMILY'];
const ROS_NAMES = ['REVIEW OF SYSTEMS', 'ROS', 'SYSTEMS REVIEW'];
const EXAM_NAMES = ['PHYSICAL EXAMINATION', 'PHYSICAL EXAM', 'EXAM', 'PE', 'EXAMINATION'];
const DATA_NAMES = [
  'LABORATORY DATA',
  'LABS',
  'DATA',
  'DIAGNOSTIC DATA',
  'LABORATORY AND IMAGING',
  'RESULTS',
];
const CC_NAMES = ['CHIEF COMPLAINT', 'CC', 'REASON FOR VISIT', 'PRESENTING COMPLAINT'];

/** The history sections an H&P, consult and ED note share (PMH, meds, allergies, SH, FH, ROS). */
function historySections(doc: Doc, history: readonly string[], p: number): Section[] {
  const { rng } = doc;
  const sections: Section[] = [];
  const add = (chance: number, section: Section) => {
    if (rng.chance(chance)) sections.push(section);
  };
  add(p, { names: PMH_NAMES, lines: [historyText(doc, history)], group: 1 });
  add(p * 0.8, { names: PSH_NAMES, lines: [surgicalLine(doc)], group: 1 });
  const meds = medicationLines(doc);
  add(p, { names: MED_NAMES, lines: meds, group: 2, list: meds.length > 1 && rng.chance(0.5) });
  add(p, { names: ALLERGY_NAMES, lines: [allergyLine(doc)], group: 2 });
  add(p * 0.9, { names: SOCIAL_NAMES, lines: [socialLine(doc)], group: 3 });
  add(p * 0.8, { names: FAMILY_NAMES, lines: [familyLine(doc)], group: 3 });
  add(p * 0.85, { names: ROS_NAMES, lines: rosLines(doc) });
  return sections;
}

function render(
  doc: Doc,
  head: readonly string[],
  sections: readonly Section[],
  tail: readonly string[],
): string {
  return finish([...head, ...renderSections(doc.rng, sections, doc.layout), ...tail], doc.layout);
}

// ---------------------------------------------------------------------------------------------
// History and physical

export function historyAndPhysical(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const preop = rng.chance(0.2);
  const c = pickCase(rng, preop ? ['outpatient'] : ['inpatient']);
  const doc = caseDoc(rng, pool, c);
  const history = historyItems(doc, c);
  const heading = title(
    doc,
    preop
      ? ['PREOPERATIVE HISTORY AND PHYSICAL', 'HISTORY AND PHYSICAL', 'PRE-OP H&P', 'PREOPERATIVE EVALUATION']
      : [
          'HISTORY AND PHYSICAL',
          'HISTORY AND PHYSICAL',
          'HISTORY & PHYSICAL',
          'ADMISSION HISTORY AND PHYSICAL',
          'H&P',
          'ADMISSION H&P',
          'HISTORY AND PHYSICAL EXAMINATION',
          '{Hospital Medicine|Internal Medicine|Medicine} Admission Note',
          'ADMISSION NOTE',
        ],
    0.85,
  );
  const meta: string[] = [];
  if (rng.chance(0.6))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF ADMISSION', 'ADMISSION DATE', 'DATE', 'Date of service']))}: ${ds(doc, doc.date)}`,
    );
  if (rng.chance(0.35))
    meta.push(
      `${label(doc, usual(rng, ['ATTENDING', 'ADMITTING PHYSICIAN', 'ATTENDING PHYSICIAN']))}: ${authorName(doc)}`,
    );
  if (rng.chance(0.25))
    meta.push(
      `${label(doc, usual(rng, ['PRIMARY CARE PHYSICIAN', 'PCP']))}: ${salutationName(clinician(rng))}`,
    );
  if (rng.chance(0.15))
    meta.push(
      f(
        doc,
        `${label(doc, 'SOURCE OF HISTORY')}: {The patient|Patient and {his} {daughter|son|spouse}|Chart review and EMS}.`,
      ),
    );

  const sections: Section[] = [];
  if (rng.chance(0.85)) sections.push({ names: CC_NAMES, lines: [capitalise(pf(doc, c.complaint)) + '.'] });
  sections.push({ names: HPI_NAMES, lines: [hpiText(doc, c, history, 1)] });
  sections.push(...historySections(doc, history, 0.9));
  sections.push({ names: EXAM_NAMES, lines: examLines(doc, c) });
  if (rng.chance(bySize(doc, 0.4, 0.7, 0.9))) sections.push({ names: DATA_NAMES, lines: dataLines(doc, c) });
  const extra = preop
    ? [f(doc, '{Medically optimized|Acceptable risk} for the planned procedure{; proceed as scheduled|}.')]
    : some(
        rng,
        [
          'Admit to {telemetry|the medical floor|inpatient status|observation} under {the hospitalist service|Dr. ' +
            clinician(rng).family +
            '}.',
          'DVT prophylaxis with {subcutaneous heparin|enoxaparin|sequential compression devices}.',
          'Code status: {full code|DNR/DNI, confirmed with the patient|full code, discussed with {his} family}.',
          'Diet: {cardiac|NPO after midnight|regular|carbohydrate-controlled}.',
          'Disposition: anticipate {two to three|three to four|two to five} days in hospital.',
        ].map((t) => f(doc, t)),
        1,
        3,
      );
  sections.push(
    ...assessmentPlan(
      doc,
      c,
      {
        combined: ['ASSESSMENT AND PLAN', 'A/P', 'ASSESSMENT/PLAN', 'IMPRESSION AND PLAN'],
        assessment: ['ASSESSMENT', 'IMPRESSION'],
        plan: ['PLAN'],
      },
      extra,
    ),
  );
  return render(
    doc,
    topMatter(doc, heading, meta),
    sections,
    signature(doc, rng.pick(['Hospitalist', 'Attending Physician', 'Internal Medicine'])),
  );
}

// ---------------------------------------------------------------------------------------------
// Consultation

export function consultNote(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const outpatient = rng.chance(0.25);
  const c = pickCase(rng, outpatient ? ['outpatient'] : ['inpatient', 'ed']);
  const doc = caseDoc(rng, pool, c);
  const history = historyItems(doc, c);
  const service = f(doc, rng.pick(c.service));
  const requester = clinician(rng);
  const requesterName = salutationName(requester);
  const heading = title(
    doc,
    [
      'CONSULTATION',
      'CONSULTATION NOTE',
      `${service} CONSULTATION`,
      `${service} Consult Note`,
      'INPATIENT CONSULTATION',
      'CONSULT NOTE',
      outpatient ? 'OUTPATIENT CONSULTATION' : 'INITIAL CONSULTATION',
      outpatient ? 'NEW PATIENT CONSULTATION' : 'CONSULTATION REPORT',
    ],
    0.82,
  );
  const meta: string[] = [];
  if (rng.chance(0.55))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF CONSULTATION', 'DATE', 'CONSULT DATE']))}: ${ds(doc, doc.date)}`,
    );
  if (rng.chance(0.6)) {
    meta.push(
      `${label(doc, usual(rng, ['REQUESTING PHYSICIAN', 'REFERRING PHYSICIAN', 'REFERRING PROVIDER', 'CONSULT REQUESTED BY']))}: ${clinicianName(rng, requester)}`,
    );
  }
  if (rng.chance(0.35))
    meta.push(`${label(doc, usual(rng, ['CONSULTING PHYSICIAN', 'CONSULTANT']))}: ${authorName(doc)}`);
  if (rng.chance(0.2)) meta.push(`${label(doc, 'SERVICE')}: ${service}`);

  const reason = f(
    doc,
    rng.pick([
      `Evaluation of ${pf(doc, c.complaint)}.`,
      `${capitalise(pf(doc, c.diagnoses))}.`,
      `${capitalise(pf(doc, c.complaint))}{; please evaluate and recommend| - recommendations regarding management|}.`,
      `Management of ${lowerFirst(pf(doc, c.diagnoses))}.`,
    ]),
  );
  const sections: Section[] = [];
  if (rng.chance(0.8))
    sections.push({
      names: [
        'REASON FOR CONSULTATION',
        'REASON FOR CONSULT',
        'CONSULTATION REQUESTED FOR',
        'REASON FOR REFERRAL',
      ],
      lines: [reason],
    });
  if (rng.chance(0.15)) sections.push({ names: CC_NAMES, lines: [capitalise(pf(doc, c.complaint)) + '.'] });
  const intro = rng.chance(0.55)
    ? f(
        doc,
        rng.pick([
          `{I was asked|We were asked|I have been asked} by ${requesterName} to {see|evaluate} {{pt}|this patient} {for|regarding} ${pf(doc, c.complaint)}.`,
          `{Thank you for asking us to see|We are seeing} {{pt}|this {age}-year-old {sexw}} at the request of ${requesterName}{ of the {hospitalist|emergency department|surgical} service|}.`,
          `{pt} is seen in ${lowerWords(service)} consultation at the request of ${requesterName}.`,
        ]),
      ) + ' '
    : '';
  sections.push({ names: HPI_NAMES, lines: [intro + hpiText(doc, c, history)] });
  sections.push(...historySections(doc, history, 0.85));
  sections.push({ names: EXAM_NAMES, lines: examLines(doc, c) });
  if (rng.chance(bySize(doc, 0.4, 0.7, 0.9)))
    sections.push({ names: [...DATA_NAMES, 'STUDIES REVIEWED'], lines: dataLines(doc, c) });
  sections.push(
    ...assessmentPlan(doc, c, {
      combined: [
        'IMPRESSION AND RECOMMENDATIONS',
        'ASSESSMENT AND RECOMMENDATIONS',
        'IMPRESSION/PLAN',
        'ASSESSMENT AND PLAN',
        'RECOMMENDATIONS',
      ],
      assessment: ['IMPRESSION', 'ASSESSMENT'],
      plan: ['RECOMMENDATIONS', 'RECOMMENDATIONS', 'PLAN'],
    }),
  );
  const closing = rng.chance(0.6)
    ? [
        '',
        f(
          doc,
          rng.pick([
            'Thank you for this {interesting|kind} consultation. {We will follow along with you.|I will follow up as needed.|}',
            'Thank you for allowing us to participate in the care of this patient. {We will continue to follow.|Please call with any questions.}',
            '{We will|I will} follow {him} {daily|while {he} is in hospital}. Please page with questions.',
            `Thank you, ${requesterName}, for involving us in {his} care.`,
          ]),
        ).trim(),
      ]
    : [];
  return render(doc, topMatter(doc, heading, meta), sections, [...closing, ...signature(doc, service)]);
}

// ---------------------------------------------------------------------------------------------
// Progress note

const SUBJECTIVE_INPATIENT = [
  '{No acute events overnight.|Uneventful night.|Overnight: {he} had a low-grade temperature of 100.2 that resolved without treatment.|Nursing reports {he} was restless overnight.}',
  '{Patient seen and examined at bedside.|Seen on morning rounds.|Seen and examined with the team.}',
  '{Pain is {better controlled|improved|4 out of 10} today.|Still reports some pain, {5|6}/10.|Denies pain this morning.}',
  '{Tolerating {clear liquids|a regular diet|a soft diet}.|Appetite {improving|still poor}.|NPO for the procedure today.}',
  '{Ambulated in the hallway with physical therapy.|Up to the chair.|Has not yet been out of bed.}',
  '{Passing flatus; no bowel movement yet.|Had a bowel movement.|Voiding without difficulty.}',
  '{Breathing is easier.|Less short of breath than yesterday.|Still coughing but less sputum.}',
  '{Family at bedside, questions answered.|Slept well.|Feels {much better|a little better|about the same}.}',
];

const OBJECTIVE_INPATIENT = [
  'Tmax {98.9|99.6|100.4}, Tcurrent {98.2|98.6}.',
  'I/O: {1800|2200|1450}/{2400|1900|3100} mL; urine output adequate.',
  'Telemetry: {sinus rhythm|rate-controlled atrial fibrillation|no events}.',
  'Lines: {peripheral IV|right IJ central line, day {3|4}|PICC}.',
  '{Drain output {40|85} mL serosanguineous.|Incision clean, dry and intact.|Dressing in place.}',
  'Weight {82.1|76.4|91.0} kg ({down 1.2 kg|stable}).',
];

function progressSubjective(doc: Doc, c: ClinicalCase, inpatient: boolean): string[] {
  const { rng } = doc;
  if (inpatient) {
    const bits = some(rng, SUBJECTIVE_INPATIENT, bySize(doc, 1, 2, 3), bySize(doc, 2, 4, 6)).map((t) =>
      f(doc, t),
    );
    const course = (c.course ?? []).filter((line) => !/discharg/i.test(line));
    if (course.length > 0 && rng.chance(0.4)) bits.push(pf(doc, course));
    return [bits.join(' ')];
  }
  const follow = c.followUp && c.followUp.length > 0 ? pf(doc, c.followUp) : pf(doc, c.hpi);
  return [f(doc, `{pt} returns for follow-up of ${lowerFirst(pf(doc, c.diagnoses))}. `) + follow];
}

export function progressNote(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const inpatient = rng.chance(0.85);
  const c = pickCase(rng, inpatient ? ['inpatient'] : ['outpatient']);
  const doc = caseDoc(rng, pool, c);
  const day = rng.int(1, 9);
  const postop = inpatient && rng.chance(0.25);
  const service = f(doc, rng.pick(c.service));
  if (inpatient && rng.chance(0.1)) return briefProgressNote(doc, c, day, postop);
  const heading = title(
    doc,
    inpatient
      ? [
          'PROGRESS NOTE',
          'PROGRESS NOTE',
          'DAILY PROGRESS NOTE',
          'HOSPITAL MEDICINE PROGRESS NOTE',
          `${service} PROGRESS NOTE`,
          'INTERVAL NOTE',
          postop ? `POSTOPERATIVE DAY ${day} NOTE` : 'HOSPITALIST PROGRESS NOTE',
          'ICU PROGRESS NOTE',
          'Medicine Daily Note',
        ]
      : ['PROGRESS NOTE', 'PROGRESS NOTE', 'FOLLOW-UP PROGRESS NOTE', 'SOAP NOTE'],
    0.8,
  );
  const meta: string[] = [];
  if (rng.chance(0.6))
    meta.push(
      `${label(doc, usual(rng, ['DATE', 'DATE OF SERVICE', 'DOS', 'Date/Time']))}: ${ds(doc, doc.date)}${rng.chance(0.4) ? ` ${randomTime(rng, 6, 18)}` : ''}`,
    );
  if (inpatient && rng.chance(0.5))
    meta.push(
      postop ? `POD #${day}` : rng.pick([`Hospital day ${day}`, `HD #${day}`, `Hospital Day: ${day}`]),
    );
  if (rng.chance(0.2)) meta.push(`${label(doc, 'SERVICE')}: ${service}`);

  const primary = pf(doc, c.diagnoses);
  const assessmentOpen = inpatient
    ? f(
        doc,
        `{{age}-year-old {sexw}|{pt}|{age} y/o {sexw}} admitted {${day} days ago|on ${ds(doc, addDays(doc.date, -day))}|${day === 1 ? 'yesterday' : `${day} days ago`}} with ${lowerFirst(primary)}, {improving|clinically improving|stable|slowly improving|unchanged}.`,
      )
    : f(doc, `${primary}, {improving|stable|at goal|not yet at goal}.`);
  const plans = some(rng, c.plan, 1, bySize(doc, 2, 3, 5)).map((t) => f(doc, t));
  if (inpatient) {
    plans.push(
      ...some(
        rng,
        [
          doc.child ? 'Encourage oral fluids.' : 'DVT prophylaxis: {heparin SQ|enoxaparin 40 mg daily|SCDs}.',
          'Dispo: {anticipate discharge home {tomorrow|in 1-2 days}|likely skilled nursing facility; case management following|continue inpatient care}.',
          'Code status: {full code|DNR/DNI}.',
          'Diet: {advance as tolerated|regular|NPO after midnight}.',
          'PT/OT following.',
        ].map((t) => f(doc, t)),
        1,
        3,
      ),
    );
  }
  const objective = [
    `${label(doc, usual(rng, ['VITALS', 'VITAL SIGNS', 'VS']))}: ${vitalSigns(rng, doc.child)}`,
    ...(inpatient
      ? some(
          rng,
          OBJECTIVE_INPATIENT.filter((line) => !doc.child || !line.startsWith('Weight')),
          0,
          bySize(doc, 1, 2, 4),
        ).map((t) => f(doc, t))
      : []),
    ...examLines(doc, c, false).slice(0, bySize(doc, 2, 5, 12)),
  ];
  const labs = rng.chance(bySize(doc, 0.3, 0.6, 0.85)) ? dataLines(doc, c) : [];
  const sections: Section[] = [];
  const soapStyle = rng.next();
  if (soapStyle < 0.85) {
    sections.push({
      names: ['SUBJECTIVE', 'SUBJECTIVE', 'S', 'INTERVAL HISTORY', 'OVERNIGHT EVENTS'],
      lines: progressSubjective(doc, c, inpatient),
    });
    sections.push({ names: ['OBJECTIVE', 'OBJECTIVE', 'O', 'PHYSICAL EXAM', 'EXAM'], lines: objective });
    if (labs.length > 0) sections.push({ names: ['LABS', 'DATA', 'LABS/IMAGING', 'RESULTS'], lines: labs });
    if (rng.chance(0.5)) {
      sections.push({ names: ['ASSESSMENT', 'A', 'IMPRESSION'], lines: [assessmentOpen] });
      sections.push({ names: ['PLAN', 'P'], lines: plans, list: rng.chance(0.7) });
    } else {
      sections.push({
        names: ['ASSESSMENT AND PLAN', 'A/P', 'ASSESSMENT/PLAN', 'A&P'],
        lines: [assessmentOpen, ...plans.map((p) => `- ${p}`)],
      });
    }
  } else {
    // Compact "S: / O: / A: / P:" note, as written on the ward.
    const s = progressSubjective(doc, c, inpatient).join(' ');
    sections.push({
      names: [],
      lines: [
        `S: ${s}`,
        `O: ${objective.join(' ')}`,
        ...(labs.length > 0 ? [`Labs: ${labs.join(' ')}`] : []),
        `A: ${assessmentOpen}`,
        `P: ${plans.join(' ')}`,
      ],
    });
  }
  const tail = signature(
    doc,
    inpatient ? rng.pick(['Hospitalist', 'PGY-2, Internal Medicine', `${service}`, 'Attending']) : service,
  );
  if (inpatient && rng.chance(0.2)) {
    tail.push(
      '',
      f(
        doc,
        '{Attending attestation|Attending note}: {I saw and examined the patient with the resident and agree with the findings and plan as documented above.|Patient seen and examined; I agree with the resident’s note.}',
      ),
    );
  }
  return render(doc, topMatter(doc, heading, meta, 0.5), sections, tail);
}

/** A few lines written on the ward: a post-op check, an event note, a short daily note. */
function briefProgressNote(doc: Doc, c: ClinicalCase, day: number, postop: boolean): string {
  const { rng } = doc;
  const heading = title(
    doc,
    postop
      ? ['POSTOPERATIVE CHECK', 'POST-OP NOTE', `POD ${day} PROGRESS NOTE`]
      : ['BRIEF PROGRESS NOTE', 'PROGRESS NOTE', 'EVENT NOTE', 'CROSS-COVER NOTE', 'INTERVAL NOTE'],
    0.9,
  );
  const lines = [
    `${ds(doc, doc.date)} ${randomTime(rng)}`,
    f(
      doc,
      rng.pick([
        '{Called to see|Asked by nursing to see} {the patient|{pt}} for {a temperature of 101.3|heart rate of 124|blood pressure of 88/52|new confusion|chest discomfort}.',
        '{Patient|{pt}} seen and examined{ at bedside|}. {Comfortable|Resting comfortably|Complaining of incisional pain}.',
        'Seen on {evening|morning} rounds. {No complaints.|Pain controlled.|Tolerating diet.}',
      ]),
    ),
    `${rng.pick(['VS', 'Vitals', 'Exam'])}: ${vitalSigns(rng, doc.child)}${rng.chance(0.5) ? ` ${capitalise(examProse(doc, c))}` : ''}`,
    f(
      doc,
      `{A/P|Assessment/Plan|Plan}: ${lowerFirst(pf(doc, c.diagnoses))}, {stable|improving|likely {atelectasis|dehydration|pain related}}. ${pf(doc, c.plan)} {Will continue to monitor.|Discussed with the primary team.|Call with any changes.|}`,
    ).trim(),
  ];
  return finish([...(heading ? [heading, ''] : []), ...lines, ...signature(doc)], doc.layout);
}

// ---------------------------------------------------------------------------------------------
// Office (outpatient) note

export function officeNote(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const afterAdmission = rng.chance(0.2);
  const c = pickCase(rng, afterAdmission ? ['inpatient'] : ['outpatient']);
  const doc = caseDoc(rng, pool, c);
  const history = historyItems(doc, c);
  const service = f(doc, rng.pick(c.service));
  const newPatient = !afterAdmission && rng.chance(0.35);
  const heading = title(
    doc,
    [
      'OFFICE VISIT',
      'CLINIC NOTE',
      'OFFICE NOTE',
      'OUTPATIENT NOTE',
      newPatient ? 'NEW PATIENT VISIT' : 'FOLLOW-UP VISIT',
      `${service} CLINIC NOTE`,
      `${service} Clinic`,
      newPatient ? 'NEW PATIENT EVALUATION' : 'ESTABLISHED PATIENT VISIT',
      'OUTPATIENT VISIT',
      doc.child ? 'PEDIATRIC CLINIC VISIT' : 'CLINIC VISIT',
    ],
    0.7,
  );
  const meta: string[] = [];
  if (rng.chance(0.65))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF VISIT', 'VISIT DATE', 'DATE OF SERVICE', 'DATE', 'Encounter date']))}: ${ds(doc, doc.date)}`,
    );
  if (rng.chance(0.35))
    meta.push(`${label(doc, usual(rng, ['PROVIDER', 'SEEN BY', 'PHYSICIAN']))}: ${authorName(doc)}`);
  if (rng.chance(0.25))
    meta.push(
      `${label(doc, usual(rng, ['VISIT TYPE', 'TYPE OF VISIT']))}: ${newPatient ? 'New patient' : rng.pick(['Follow-up', 'Established patient', 'Return visit', 'Telehealth video visit'])}`,
    );
  if (rng.chance(0.2)) meta.push(`${label(doc, 'CLINIC')}: ${doc.facility} ${service}`);

  const subjective = afterAdmission
    ? f(
        doc,
        `{pt} is seen in {clinic|the office} {one|two|three} weeks after {his} {hospitalization|admission} at ${doc.facility} for ${pf(doc, c.diagnoses).toLowerCase()}. `,
      ) +
      (c.followUp
        ? pf(doc, c.followUp)
        : f(
            doc,
            '{He} {has been doing well|feels back to normal|is slowly regaining strength} since discharge.',
          ))
    : newPatient
      ? hpiText(doc, c, history)
      : f(
          doc,
          `{pt} {returns|is seen today|comes in} for {follow-up|a follow-up visit|routine follow-up} of ${lowerFirst(pf(doc, c.diagnoses))}. `,
        ) +
        [...some(rng, c.followUp ?? [], 0, 2), ...some(rng, c.hpi, 1, bySize(doc, 1, 2, 3))]
          .map((t) => f(doc, t))
          .join(' ');
  const plans = some(rng, c.plan, bySize(doc, 1, 2, 3), bySize(doc, 2, 4, 5)).map((t) => f(doc, t));
  const returnVisit = f(
    doc,
    rng.pick([
      'Return to clinic in {2|4|6} weeks.',
      'RTC {3|6} months{ or sooner as needed|}.',
      'Follow up in {one month|three months|six months|one year}.',
      'Return as needed.',
      '{He} will follow up after the {tests|procedure} to review results.',
    ]),
  );
  const counseling = rng.chance(0.25)
    ? [f(doc, 'Total time spent {25|30|40} minutes, more than half in counseling and coordination of care.')]
    : [];
  const prescriptions = rng.chance(0.3)
    ? [f(doc, '{Prescriptions sent to {his} pharmacy.|Refills provided.|Medication list reconciled.}')]
    : [];

  const sections: Section[] = [];
  const shape = rng.next();
  if (shape < 0.55) {
    if (rng.chance(0.4)) sections.push({ names: CC_NAMES, lines: [capitalise(pf(doc, c.complaint)) + '.'] });
    sections.push({ names: ['SUBJECTIVE', 'SUBJECTIVE', 'S'], lines: [subjective] });
    if (rng.chance(0.5)) sections.push({ names: MED_NAMES, lines: medicationLines(doc), group: 1 });
    if (rng.chance(0.4)) sections.push({ names: ALLERGY_NAMES, lines: [allergyLine(doc)], group: 1 });
    if (rng.chance(0.4)) sections.push({ names: ROS_NAMES, lines: rosLines(doc) });
    sections.push({ names: ['OBJECTIVE', 'OBJECTIVE', 'O'], lines: examLines(doc, c) });
    sections.push({
      names: ['ASSESSMENT', 'ASSESSMENT', 'A', 'IMPRESSION'],
      lines: [pf(doc, c.diagnoses) + '.'],
    });
    sections.push({
      names: ['PLAN', 'PLAN', 'P'],
      lines: [...plans, ...prescriptions, returnVisit],
      list: rng.chance(0.6),
    });
  } else if (shape < 0.92) {
    if (rng.chance(0.8)) sections.push({ names: CC_NAMES, lines: [capitalise(pf(doc, c.complaint)) + '.'] });
    sections.push({ names: [...HPI_NAMES, 'INTERVAL HISTORY'], lines: [subjective] });
    if (rng.chance(0.5)) sections.push({ names: PMH_NAMES, lines: [historyText(doc, history)], group: 1 });
    if (rng.chance(0.6)) sections.push({ names: MED_NAMES, lines: medicationLines(doc), group: 1 });
    if (rng.chance(0.5)) sections.push({ names: ALLERGY_NAMES, lines: [allergyLine(doc)], group: 1 });
    if (rng.chance(0.35)) sections.push({ names: SOCIAL_NAMES, lines: [socialLine(doc)], group: 1 });
    if (rng.chance(0.55)) sections.push({ names: ROS_NAMES, lines: rosLines(doc) });
    sections.push({ names: EXAM_NAMES, lines: examLines(doc, c) });
    if (rng.chance(0.4)) sections.push({ names: DATA_NAMES, lines: dataLines(doc, c) });
    sections.push(
      ...assessmentPlan(
        doc,
        c,
        {
          combined: ['ASSESSMENT AND PLAN', 'A/P', 'IMPRESSION AND PLAN', 'ASSESSMENT/PLAN'],
          assessment: ['ASSESSMENT', 'IMPRESSION', 'DIAGNOSES'],
          plan: ['PLAN'],
        },
        [...prescriptions, returnVisit],
      ),
    );
  } else {
    // A short narrative clinic note.
    sections.push({ names: [], lines: [subjective] });
    sections.push({
      names: [],
      lines: [
        `${doc.rng.pick(['On examination', 'On exam today', 'Examination shows', 'Exam:'])} ${examProse(doc, c)}`,
      ],
    });
    sections.push({ names: [], lines: [`${pf(doc, c.diagnoses)}. ${plans.join(' ')} ${returnVisit}`] });
  }
  return render(doc, topMatter(doc, heading, meta, 0.6), sections, [
    ...counseling,
    ...signature(doc, service),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Discharge summary

const COURSE_GENERIC = [
  '{His} diet was advanced as tolerated.',
  'Physical therapy evaluated {him} and recommended {home with outpatient therapy|a rolling walker|short-term rehabilitation}.',
  'Home medications were resumed as appropriate.',
  'By the day of discharge {he} was {ambulating independently|tolerating a regular diet|afebrile with stable vital signs}, and {he} was deemed stable for discharge.',
  'Case management arranged {home health nursing|transportation|durable medical equipment}.',
  '{His} blood glucose was managed with sliding-scale insulin.',
];

export function dischargeSummary(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const c = pickCase(rng, ['inpatient']);
  const doc = caseDoc(rng, pool, c);
  const history = historyItems(doc, c);
  const stay = rng.int(1, 12);
  const admitted = addDays(doc.date, -stay);
  const heading = title(
    doc,
    [
      'DISCHARGE SUMMARY',
      'DISCHARGE SUMMARY',
      'HOSPITAL DISCHARGE SUMMARY',
      'Discharge Summary',
      'DISCHARGE SUMMARY REPORT',
      'PHYSICIAN DISCHARGE SUMMARY',
      'DISCHARGE NOTE',
    ],
    0.85,
  );
  const meta: string[] = [];
  if (rng.chance(0.75)) {
    const a = `${label(doc, usual(rng, ['ADMISSION DATE', 'DATE OF ADMISSION', 'ADMITTED']))}: ${ds(doc, admitted)}`;
    const d = `${label(doc, usual(rng, ['DISCHARGE DATE', 'DATE OF DISCHARGE', 'DISCHARGED']))}: ${ds(doc, doc.date)}`;
    if (rng.chance(0.5)) meta.push(a, d);
    else meta.push(`${a}    ${d}`);
  }
  if (rng.chance(0.2)) meta.push(`${label(doc, 'LENGTH OF STAY')}: ${stay} day${stay === 1 ? '' : 's'}`);
  if (rng.chance(0.4))
    meta.push(
      `${label(doc, usual(rng, ['ATTENDING PHYSICIAN', 'ATTENDING', 'DISCHARGING PHYSICIAN']))}: ${authorName(doc)}`,
    );
  if (rng.chance(0.3))
    meta.push(
      `${label(doc, usual(rng, ['PRIMARY CARE PHYSICIAN', 'PCP']))}: ${salutationName(clinician(rng))}`,
    );

  const primary = pf(doc, c.diagnoses);
  const secondary = c.secondary ? some(rng, c.secondary, 0, 3).map((t) => f(doc, t)) : [];
  const sections: Section[] = [];
  if (rng.chance(0.55))
    sections.push({
      names: ['ADMISSION DIAGNOSIS', 'ADMITTING DIAGNOSIS', 'ADMISSION DIAGNOSES'],
      lines: [capitalise(pf(doc, c.complaint)) + rng.pick(['.', ', rule out ' + lowerFirst(primary) + '.'])],
    });
  sections.push({
    names: [
      'DISCHARGE DIAGNOSES',
      'DISCHARGE DIAGNOSIS',
      'FINAL DIAGNOSES',
      'PRINCIPAL DIAGNOSIS',
      'DIAGNOSES',
    ],
    lines: distinct([
      primary,
      ...secondary,
      ...some(
        rng,
        history.filter((item) => item !== 'none' && !item.startsWith('born')).map(capitalise),
        0,
        2,
      ),
    ]),
    list: true,
  });
  if (c.course && rng.chance(0.35)) {
    sections.push({
      names: ['PROCEDURES', 'PROCEDURES PERFORMED', 'PROCEDURES THIS ADMISSION'],
      lines: [
        f(
          doc,
          rng.pick([
            'None.',
            'See hospital course.',
            `{Echocardiogram|CT scan|Ultrasound} on ${ds(doc, addDays(admitted, 1))}.`,
          ]),
        ),
      ],
    });
  }
  if (rng.chance(0.3)) {
    sections.push({
      names: ['CONSULTATIONS', 'CONSULTANTS'],
      lines: [f(doc, rng.pick(c.service)) + (rng.chance(0.5) ? ', physical therapy' : '') + '.'],
    });
  }
  if (rng.chance(0.7)) {
    sections.push({
      names: ['HISTORY OF PRESENT ILLNESS', 'BRIEF HISTORY', 'REASON FOR ADMISSION', 'HPI', 'PRESENTATION'],
      lines: [hpiText(doc, c, history, -1).replace(/ presents | comes in /, ' presented ')],
    });
  }
  // Longer summaries repeat the admission findings.
  if (rng.chance(bySize(doc, 0, 0.25, 0.6))) {
    sections.push({ names: PMH_NAMES, lines: [historyText(doc, history)] });
    sections.push({
      names: ['PHYSICAL EXAMINATION ON ADMISSION', 'ADMISSION EXAM', 'PHYSICAL EXAMINATION'],
      lines: examLines(doc, c),
    });
  }
  if (rng.chance(bySize(doc, 0.1, 0.35, 0.7))) {
    sections.push({
      names: ['PERTINENT RESULTS', 'LABORATORY DATA', 'DIAGNOSTIC STUDIES', 'STUDIES'],
      lines: dataLines(doc, c),
    });
  }
  const course = [
    ...(c.course ? some(rng, c.course, bySize(doc, 1, 2, 3), c.course.length).map((t) => f(doc, t)) : []),
    ...some(rng, COURSE_GENERIC, 0, bySize(doc, 1, 2, 3)).map((t) => f(doc, t)),
  ];
  const courseLines =
    rng.chance(0.25) && secondary.length > 0
      ? [
          `${capitalise(primary)}: ${course.join(' ')}`,
          ...secondary.map((dx) => `${dx}: ${rng.pick(CHRONIC_PLANS)}`),
        ]
      : [
          f(
            doc,
            '{{pt}|The patient} was admitted to {the {hospitalist|medicine|surgical|' +
              rng.pick(c.service) +
              '} service|telemetry|the intensive care unit}. ',
          ) + course.join(' '),
        ];
  sections.push({
    names: [
      'HOSPITAL COURSE',
      'HOSPITAL COURSE',
      'BRIEF HOSPITAL COURSE',
      'COURSE IN HOSPITAL',
      'SUMMARY OF HOSPITAL COURSE',
    ],
    lines: courseLines,
    list: courseLines.length > 1,
  });
  if (rng.chance(0.6))
    sections.push({
      names: ['CONDITION AT DISCHARGE', 'CONDITION ON DISCHARGE', 'DISCHARGE CONDITION'],
      lines: [rng.pick(['Stable.', 'Good.', 'Fair.', 'Improved.', 'Stable, ambulating independently.'])],
      group: 1,
    });
  if (rng.chance(0.65)) {
    sections.push({
      names: ['DISPOSITION', 'DISCHARGE DISPOSITION', 'DISCHARGED TO'],
      lines: [
        f(
          doc,
          rng.pick([
            'Home.',
            'Home with home health services.',
            'Skilled nursing facility.',
            'Acute inpatient rehabilitation.',
            'Home with {his} family.',
            'Assisted living facility.',
          ]),
        ),
      ],
      group: 1,
    });
  }
  if (rng.chance(0.8))
    sections.push({
      names: ['DISCHARGE MEDICATIONS', 'MEDICATIONS AT DISCHARGE', 'DISCHARGE MEDS'],
      lines: medicationLines(doc).map((m) => m),
      list: true,
    });
  if (rng.chance(0.55)) {
    sections.push({
      names: ['DISCHARGE INSTRUCTIONS', 'INSTRUCTIONS', 'PATIENT INSTRUCTIONS'],
      lines: some(
        rng,
        [
          'Diet: {regular|low sodium, 2 g|diabetic|heart healthy}.',
          'Activity: {as tolerated|no lifting more than 10 pounds for 4 weeks|walk daily, increase gradually}.',
          'Return to the emergency department for {fever over 101, worsening pain or shortness of breath|chest pain or fainting|bleeding or black stools}.',
          'Daily weights; call for a gain of more than 3 pounds.',
          'May shower; keep incisions dry.',
        ].map((t) => f(doc, t)),
        1,
        4,
      ),
    });
  }
  sections.push({
    names: ['FOLLOW-UP', 'FOLLOW UP', 'FOLLOW-UP APPOINTMENTS', 'FOLLOW-UP INSTRUCTIONS'],
    lines: some(
      rng,
      [
        `{Primary care physician|PCP|${salutationName(clinician(rng))}} in {1 week|7 to 10 days|2 weeks}.`,
        `${f(doc, rng.pick(c.service))} clinic on ${ds(doc, addDays(doc.date, rng.int(7, 30)))}.`,
        '{Labs|BMP|CBC} in {3|5|7} days.',
        'Outpatient {echocardiogram|CT scan|physical therapy} as scheduled.',
      ].map((t) => f(doc, t)),
      1,
      3,
    ),
    list: rng.chance(0.5),
  });
  if (rng.chance(0.2))
    sections.push({
      names: ['PENDING RESULTS', 'PENDING AT DISCHARGE'],
      lines: [rng.pick(['Final blood culture results.', 'Pathology.', 'None.'])],
    });
  if (rng.chance(0.15))
    sections.push({ names: ['CODE STATUS'], lines: [rng.pick(['Full code.', 'DNR/DNI.'])] });
  const tail = signature(doc, rng.pick(['Hospitalist', 'Attending Physician', 'Internal Medicine']));
  if (rng.chance(0.2)) tail.push(f(doc, `cc: ${salutationName(clinician(rng))}{, primary care|}`));
  if (rng.chance(0.15)) tail.unshift('', f(doc, 'Time spent on discharge: {35|more than 30|45} minutes.'));
  return render(doc, topMatter(doc, heading, meta, 0.6), sections, tail);
}

// ---------------------------------------------------------------------------------------------
// Emergency department note

export function emergencyNote(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const c = pickCase(rng, ['ed']);
  const doc = caseDoc(rng, pool, c);
  const history = historyItems(doc, c);
  const heading = title(
    doc,
    [
      'EMERGENCY DEPARTMENT NOTE',
      'EMERGENCY DEPARTMENT REPORT',
      'ED PHYSICIAN NOTE',
      'EMERGENCY ROOM REPORT',
      'ER VISIT NOTE',
      'ED PROVIDER NOTE',
      'EMERGENCY MEDICINE NOTE',
      'Emergency Department Visit',
      'EMERGENCY DEPARTMENT RECORD',
    ],
    0.8,
  );
  const meta: string[] = [];
  const arrival = randomTime(rng);
  if (rng.chance(0.6))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF SERVICE', 'DATE OF VISIT', 'ARRIVAL DATE', 'DATE']))}: ${ds(doc, doc.date)}`,
    );
  if (rng.chance(0.45))
    meta.push(`${label(doc, usual(rng, ['TIME SEEN', 'ARRIVAL TIME', 'Time of evaluation']))}: ${arrival}`);
  if (rng.chance(0.4))
    meta.push(
      `${label(doc, usual(rng, ['MODE OF ARRIVAL', 'ARRIVED BY']))}: ${rng.pick(['Ambulatory', 'EMS', 'Private vehicle', 'Ambulance', 'Walk-in'])}`,
    );
  if (rng.chance(0.3))
    meta.push(
      `${label(doc, usual(rng, ['TRIAGE ACUITY', 'ESI LEVEL']))}: ${rng.pick(['ESI 2', 'ESI 3', '3', '2', 'Level 4'])}`,
    );
  if (rng.chance(0.25))
    meta.push(`${label(doc, 'PCP')}: ${rng.chance(0.2) ? 'None' : salutationName(clinician(rng))}`);

  const admit = c.settings.includes('inpatient') && rng.chance(0.65);
  const sections: Section[] = [];
  if (rng.chance(0.9))
    sections.push({
      names: ['CHIEF COMPLAINT', 'CC', 'PRESENTING COMPLAINT', 'TRIAGE COMPLAINT'],
      lines: [capitalise(pf(doc, c.complaint)) + '.'],
    });
  sections.push({ names: HPI_NAMES, lines: [hpiText(doc, c, history)] });
  sections.push(...historySections(doc, history, 0.7));
  sections.push({ names: ['PHYSICAL EXAMINATION', 'PHYSICAL EXAM', 'EXAM', 'PE'], lines: examLines(doc, c) });
  if (rng.chance(0.6))
    sections.push({
      names: ['DIAGNOSTIC RESULTS', 'LABS AND IMAGING', 'RESULTS', 'ED RESULTS'],
      lines: dataLines(doc, c),
    });
  const course = [
    ...(c.edCourse ? some(rng, c.edCourse, 1, c.edCourse.length).map((t) => f(doc, t)) : []),
    ...some(
      rng,
      [
        '{Patient|The patient} was placed on a cardiac monitor and an IV was established.',
        'Labs and imaging as above were reviewed by me.',
        '{He} was reassessed at {16:20|21:05|03:40} and {felt better|pain had improved to 3/10|was resting comfortably}.',
        'Discussed with {the on-call {hospitalist|surgeon}|' +
          salutationName(clinician(rng)) +
          '}, who agrees with the plan.',
      ].map((t) => f(doc, t)),
      0,
      bySize(doc, 1, 2, 3),
    ),
  ];
  const courseNames = [
    'ED COURSE',
    'EMERGENCY DEPARTMENT COURSE',
    'COURSE IN THE ED',
    'ED COURSE AND MEDICAL DECISION MAKING',
    'HOSPITAL COURSE',
  ];
  sections.push({
    names: rng.chance(0.9) ? courseNames.slice(0, 4) : courseNames,
    lines: [course.join(' ')],
  });
  if (rng.chance(0.5)) {
    sections.push({
      names: ['MEDICAL DECISION MAKING', 'MDM', 'ASSESSMENT'],
      lines: [
        f(
          doc,
          `{Differential diagnosis includes|I considered} ${joinList(
            rng,
            some(rng, c.diagnoses, 1, 3).map((t) => lowerFirst(f(doc, t))),
          )}{, among others|}. {Given the workup above|Based on the history, examination and results}, {the most likely diagnosis is|this is most consistent with} ${lowerFirst(pf(doc, c.diagnoses))}.`,
        ),
      ],
    });
  }
  if (rng.chance(0.1))
    sections.push({
      names: ['CRITICAL CARE TIME'],
      lines: [f(doc, '{32|35|45} minutes, excluding procedures.')],
    });
  sections.push({
    names: ['CLINICAL IMPRESSION', 'FINAL DIAGNOSIS', 'DIAGNOSIS', 'DIAGNOSES', 'IMPRESSION'],
    lines: [pf(doc, c.diagnoses) + '.'],
  });
  const disposition = admit
    ? f(
        doc,
        `{Admitted to|Admit to} {the hospitalist service|telemetry|${rng.pick(c.service)}|the ICU|the surgical service} in {stable|guarded|fair} condition.`,
      )
    : f(
        doc,
        rng.pick([
          'Discharged home in stable condition with {his} {family|spouse}.',
          'Home. {He} was given written discharge instructions and return precautions.',
          'Discharged. Follow up with {primary care|orthopedics|urology|{his} doctor} in {2 to 3 days|one week}.',
          'Transferred to {a tertiary center|' +
            rng.pick(['Bayside University Medical Center', 'Riverside General Hospital']) +
            '} for a higher level of care.',
        ]),
      );
  sections.push({ names: ['DISPOSITION', 'DISPO', 'PLAN AND DISPOSITION'], lines: [disposition] });
  if (!admit && rng.chance(0.5)) {
    sections.push({
      names: ['DISCHARGE INSTRUCTIONS', 'PATIENT INSTRUCTIONS', 'RETURN PRECAUTIONS'],
      lines: [
        f(
          doc,
          '{Return for|Come back immediately for} {worsening pain, fever or vomiting|any new weakness, numbness or trouble speaking|chest pain or trouble breathing}. {Take ibuprofen as needed.|Prescriptions given.|Follow up as above.}',
        ),
      ],
    });
  }
  return render(
    doc,
    topMatter(doc, heading, meta, 0.55),
    sections,
    signature(doc, rng.pick(['Emergency Medicine', 'Emergency Physician', 'ED Attending'])),
  );
}

// ---------------------------------------------------------------------------------------------
// Letters

const STREETS = [
  'Medical Park Drive',
  'Hospital Road',
  'Main Street',
  'Health Center Way',
  'Clinic Lane',
  'University Avenue',
];

function letterhead(doc: Doc, department: string): string[] {
  const { rng } = doc;
  const place = rng.pick([
    ['Springfield', 'IL', '627'],
    ['Madison', 'WI', '537'],
    ['Dayton', 'OH', '454'],
    ['Boise', 'ID', '837'],
    ['Savannah', 'GA', '314'],
  ] as const);
  const lines = [doc.facility, department];
  if (rng.chance(0.7))
    lines.push(
      `${rng.int(10, 4999)} ${rng.pick(STREETS)}`,
      `${place[0]}, ${place[1]} ${place[2]}${String(rng.int(10, 99))}`,
    );
  if (rng.chance(0.6))
    lines.push(
      `Tel: (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}    Fax: (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}`,
    );
  return lines;
}

function closing(doc: Doc, role: string): string[] {
  const { rng } = doc;
  const sign = rng.pick([
    'Sincerely,',
    'Yours sincerely,',
    'Best regards,',
    'Kind regards,',
    'With best wishes,',
    'Respectfully,',
    'Warm regards,',
  ]);
  const lines = ['', sign, ''];
  if (rng.chance(0.3)) lines.push('_______________________');
  lines.push(clinicianName(rng, doc.author), role);
  if (rng.chance(0.3)) lines.push(doc.facility);
  if (rng.chance(0.15))
    lines.push(
      '',
      `${rng.pick(['Dictated but not read', 'Electronically signed', 'This letter was dictated using voice recognition software'])}.`,
    );
  return lines;
}

export function letter(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const kind = weighted(rng, [
    ['consult', 45],
    ['referral', 15],
    ['results', 15],
    ['whom', 13],
    ['necessity', 12],
  ] as const);
  const c = pickCase(
    rng,
    kind === 'referral' || kind === 'results' ? ['outpatient'] : ['outpatient', 'inpatient'],
  );
  const doc = caseDoc(rng, pool, c);
  const service = f(doc, rng.pick(c.service));
  const recipient = clinician(rng);
  const recipientName = salutationName(recipient);
  const dx = pf(doc, c.diagnoses);
  const dob = ds(doc, doc.patient.birthDate);
  const name = `${doc.patient.given.join(' ')} ${doc.patient.family}`;
  const head: string[] = [];
  if (rng.chance(0.75)) head.push(...letterhead(doc, `Department of ${service}`), '');
  head.push(ds(doc, doc.date), '');
  const re = rng.pick([
    [`RE: ${name}`, `DOB: ${dob}`],
    [`Re: ${name}, DOB ${dob}`],
    [`RE: ${name.toUpperCase()}    DOB: ${dob}    MRN: ${doc.patient.mrn}`],
    [`Patient: ${name}`, `Date of birth: ${dob}`, `MRN: ${doc.patient.mrn}`],
    [`Re: ${name}`],
  ]);
  const body: string[] = [];
  let role = service;
  switch (kind) {
    case 'consult':
    case 'referral': {
      if (rng.chance(0.6))
        head.push(
          `${clinicianName(rng, recipient)}`,
          rng.pick([
            `${rng.pick(['Family Medicine', 'Internal Medicine', 'Primary Care', 'Pediatrics'])}`,
            doc.facility,
          ]),
          '',
        );
      head.push(...re, '');
      head.push(
        rng.chance(0.85) ? `Dear ${recipientName},` : rng.pick(['Dear Colleague,', 'Dear Doctor,']),
        '',
      );
      if (kind === 'consult') {
        body.push(
          f(
            doc,
            rng.pick([
              `Thank you for referring {pt}, {{a}|this} {age}-year-old {sexw}, {whom I saw|who was seen} in the ${lowerWords(service)} clinic {today|on ${ds(doc, doc.date)}} for ${pf(doc, c.complaint)}.`,
              `I had the pleasure of seeing {pt} in {consultation|clinic} {today|on ${ds(doc, doc.date)}}{ at your request|}.`,
              `I saw {pt} {again|for follow-up} in the ${lowerWords(service)} clinic {today|this week}.`,
              `Many thanks for asking me to see {pt} regarding ${pf(doc, c.complaint)}.`,
            ]),
          ),
        );
        if (rng.chance(0.4)) body[0] += ` ${f(doc, '{His} main concern is ' + pf(doc, c.complaint) + '.')}`;
        const story = some(
          rng,
          [...c.hpi, ...(c.followUp ?? [])],
          bySize(doc, 1, 2, 3),
          bySize(doc, 2, 4, 5),
        ).map((t) => f(doc, t));
        body.push(story.join(' '));
        if (rng.chance(0.5))
          body.push(
            `${pf(doc, ['On examination', 'On examination today', 'Examination revealed:', 'When I examined {him},'])} ${examProse(doc, c)}`,
          );
        if (rng.chance(0.4) && c.data.length > 0) body.push(dataLines(doc, c).join(' '));
        const plans = some(rng, c.plan, 1, bySize(doc, 2, 3, 4)).map((t) => f(doc, t));
        if (rng.chance(0.35)) {
          body.push(`${label(doc, usual(rng, ['DIAGNOSIS', 'IMPRESSION', 'Diagnoses']))}: ${dx}`);
          body.push(`${label(doc, usual(rng, ['PLAN', 'RECOMMENDATIONS', 'Plan']))}: ${plans.join(' ')}`);
        } else {
          body.push(
            f(
              doc,
              `{My impression is|In summary, I think {he} has|I believe this represents} ${lowerFirst(dx)}. {I have recommended the following:|We discussed the options and agreed on the following plan.|My recommendations are as follows.} `,
            ) + plans.join(' '),
          );
        }
        body.push(
          f(
            doc,
            rng.pick([
              'I will see {him} again in {six weeks|three months|one year}. Thank you again for this referral.',
              'Thank you for allowing me to participate in {his} care. Please do not hesitate to contact me with any questions.',
              'I have asked {him} to return {after the tests|in two months}, and I will keep you informed of {his} progress.',
              'Thank you for the referral.',
            ]),
          ),
        );
      } else {
        role = rng.pick(['Family Medicine', 'Internal Medicine', 'Primary Care', 'Pediatrics']);
        body.push(
          f(
            doc,
            `{I would be grateful if you could see|I am writing to refer|Please see} {pt}, {{a}|this} {age}-year-old {sexw} {with|who has} ${pf(doc, c.complaint)}{, for your opinion and management|, for further evaluation|}.`,
          ),
        );
        body.push(
          some(rng, c.hpi, 1, 3)
            .map((t) => f(doc, t))
            .join(' '),
        );
        body.push(
          f(
            doc,
            `{His} {current medications are|medications include} ${lowerWords(medicationLines(doc, true).join(' '))}`,
          ),
        );
        body.push(
          f(
            doc,
            '{I would appreciate your advice regarding further management.|Thank you for seeing {him}.|Many thanks for your help with {his} care.}',
          ),
        );
      }
      break;
    }
    case 'results': {
      const address = [
        name,
        doc.patient.address,
        `${doc.patient.city}, ${doc.patient.state} ${doc.patient.postalCode}`,
      ];
      head.push(...address, '');
      head.push(f(doc, `Dear {{pt}|${doc.patient.given[0] ?? ''}|{pt} and family},`), '');
      body.push(
        f(
          doc,
          rng.pick([
            'I am writing to let you know the results of your recent {blood tests|tests|imaging study|biopsy}.',
            'Thank you for coming to see us{ on ' +
              ds(doc, addDays(doc.date, -rng.int(5, 20))) +
              '|}. Your test results are now available.',
            'This letter is to follow up on your recent visit to our clinic.',
          ]),
        ),
      );
      body.push(
        f(
          doc,
          rng.pick([
            'Your results were {normal|within the expected range}. No change to your treatment is needed.',
            'Your results show ' +
              (c.data.length > 0 ? lowerFirst(pf(doc, c.data)) : 'some changes we would like to discuss') +
              ' {We would like to see you to discuss this.|Please call the office to schedule a follow-up appointment.}',
            'Your cholesterol was slightly high. Please continue to follow a heart-healthy diet and we will recheck it in six months.',
          ]),
        ),
      );
      body.push(
        f(
          doc,
          '{If you have any questions, please call our office.|Please do not hesitate to call us with questions.|You can also view your results in the patient portal.}',
        ),
      );
      break;
    }
    case 'whom': {
      head.push('To Whom It May Concern:', '');
      body.push(
        f(
          doc,
          rng.pick([
            `${name} (date of birth ${dob}) {is under my care|has been under my care since ${ds(doc, addDays(doc.date, -rng.int(60, 900)))}|was seen in our {clinic|emergency department} on ${ds(doc, doc.date)}}.`,
            `This letter is to confirm that ${name} was evaluated {in my office|at ${doc.facility}} on ${ds(doc, doc.date)}.`,
          ]),
        ),
      );
      body.push(
        f(
          doc,
          rng.pick([
            '{He} {may return to work|may return to school|is excused from work} {on ' +
              ds(doc, addDays(doc.date, rng.int(2, 14))) +
              '|without restrictions|with the following restrictions: no lifting over 20 pounds for two weeks}.',
            'Because of {his} medical condition {he} {should not travel by air for the next four weeks|requires an accessible parking permit|needs to keep medication with {him} at school}.',
            '{He} {is medically able|is not currently able} to participate in {jury duty|sports|physical education}{ at this time|}.',
          ]),
        ),
      );
      body.push(
        f(
          doc,
          '{Please contact my office if you need further information.|Thank you for your understanding.|}',
        ).trim() || 'Thank you.',
      );
      break;
    }
    case 'necessity': {
      head.push(
        f(doc, `{Utilization Review Department|Prior Authorization Department|Appeals Unit}`),
        f(doc, '{Acme Health Plan|Prairie Mutual Insurance|Lakeshore Health Plan|Keystone Benefits}'),
        '',
      );
      head.push(...re, f(doc, 'Member ID: {XQ|PM|LH}' + String(rng.int(10_000_000, 99_999_999))), '');
      head.push(rng.pick(['Dear Medical Director:', 'To Whom It May Concern:', 'Dear Reviewer,']), '');
      const item = f(
        doc,
        rng.pick([
          'an MRI of the lumbar spine',
          'a continuous glucose monitor',
          'a home hospital bed',
          'coverage of {semaglutide|apixaban|adalimumab}',
          'a CPAP machine',
          'outpatient physical therapy',
        ]),
      );
      body.push(
        f(
          doc,
          `{I am writing on behalf of my patient to request|I am writing to request {reconsideration of the denial of|prior authorization for}} ${item} for ${name}, who has ${lowerFirst(dx)}.`,
        ),
      );
      body.push(
        some(rng, [...c.hpi, ...c.plan], 1, 3)
          .map((t) => f(doc, t))
          .join(' '),
      );
      body.push(
        f(
          doc,
          '{In my medical opinion this is medically necessary|This is the standard of care for {his} condition}, and {alternatives have been tried without success|delaying it is likely to lead to hospitalization}. {Please approve this request.|I respectfully ask that you overturn the denial.}',
        ),
      );
      break;
    }
  }
  const tail = closing(doc, role);
  if (rng.chance(0.3)) tail.push('', `cc: ${rng.chance(0.5) ? name : salutationName(clinician(rng))}`);
  if (rng.chance(0.1)) tail.push('Enclosure');
  const lines = [
    ...head,
    ...body.flatMap((paragraph, index) => (index === 0 ? [paragraph] : ['', paragraph])),
    ...tail,
  ];
  return finish(lines, {
    ...doc.layout,
    runOn: false,
    doubleSpace: doc.layout.doubleSpace && rng.chance(0.3),
  });
}
