/**
 * Generators for the report-shaped training documents: operative and procedure notes, radiology,
 * pathology and laboratory reports.
 */
import type { SyntheticPatient } from './patients.ts';
import type { Prng } from './prng.ts';
import { PROCEDURES, type Procedure } from './training-procedures.ts';
import {
  IMAGING,
  ORGANISMS,
  ANTIBIOTICS,
  PANELS,
  SPECIMENS,
  type Analyte,
  type QualitativeTest,
} from './training-reports.ts';
import { authorName, signature, title, topMatter } from './training-notes.ts';
import {
  addDays,
  bySize,
  clinician,
  clinicianName,
  ds,
  f,
  finish,
  label,
  newDoc,
  patientBlock,
  pf,
  randomTime,
  renderSections,
  some,
  usual,
  weighted,
  type Doc,
  type Section,
} from './training-text.ts';

function render(
  doc: Doc,
  head: readonly string[],
  sections: readonly Section[],
  tail: readonly string[],
): string {
  return finish([...head, ...renderSections(doc.rng, sections, doc.layout), ...tail], doc.layout);
}

// ---------------------------------------------------------------------------------------------
// Operative and procedure notes

const SURGICAL_OPENING = [
  '{{pt}|The patient} was {identified in the preoperative holding area|seen in the preoperative area}{, the consent was reviewed| and the operative site was marked|, where informed consent was confirmed}.',
  '{He} was brought to the operating room and placed in the {position} position on the operating table{ with all pressure points padded|}.',
  '{After induction of general endotracheal anesthesia|After adequate anesthesia was obtained|Anesthesia was induced without difficulty}, the {operative site|field} was prepped and draped in the usual sterile fashion.',
  '{Preoperative antibiotics were given|Cefazolin 2 g IV was given within 60 minutes of incision|Appropriate antibiotic prophylaxis was administered}.',
  'A time-out was performed {confirming the correct patient, procedure and site|with all members of the team in agreement|per protocol}.',
];

const SURGICAL_CLOSING = [
  '{Sponge, needle and instrument counts were correct {x2|at the end of the case}.|All counts were correct.|Final counts were reported correct.}',
  '{Local anesthetic was infiltrated at the incisions.|0.25% bupivacaine was injected into the wounds.|}',
  '{The patient tolerated the procedure well|There were no complications}, and the patient was {taken|transferred} to the {recovery room|PACU|post-anesthesia care unit} in {stable|good|satisfactory} condition.',
  '{I was present and scrubbed for the entire procedure.|I was present for the entire case.|}',
];

const ENDOSCOPY_OPENING = [
  'After {informed consent was obtained|the risks, benefits and alternatives were explained and consent was obtained}, the patient was placed in the {position} position.',
  '{Sedation was administered by {anesthesia|the nursing staff under my direct supervision}.|}',
  'Vital signs and oxygen saturation were monitored continuously throughout the procedure.',
];

const CATH_OPENING = [
  'The risks, benefits and alternatives were discussed and informed consent was obtained.',
  'The patient was brought to the catheterization laboratory in a fasting state and prepped and draped in the usual sterile fashion.',
  '{Moderate sedation was administered by the nurse under my supervision.|Local lidocaine was infiltrated at the access site.}',
];

const BEDSIDE_OPENING = [
  '{Written|Verbal and written} informed consent was obtained from {the patient|the patient’s {wife|son|daughter|health care proxy}} after discussion of the risks, including {risks}.',
  '{A time-out was performed.|Universal protocol was followed.|}',
];

function opening(doc: Doc, proc: Procedure): string[] {
  const { rng } = doc;
  const vars = {
    ...doc.vars,
    position: proc.position ?? 'supine',
    risks: proc.risks.slice(0, 2).join(' and '),
  };
  const fill = (t: string) => f({ ...doc, vars }, t);
  switch (proc.kind) {
    case 'surgery':
      return some(rng, SURGICAL_OPENING, 2, SURGICAL_OPENING.length).map(fill);
    case 'endoscopy':
      return ENDOSCOPY_OPENING.map(fill).filter((line) => line.length > 0);
    case 'cath':
      return CATH_OPENING.map(fill);
    case 'bedside':
      return BEDSIDE_OPENING.map(fill).filter((line) => line.length > 0);
  }
}

function closingLines(doc: Doc, proc: Procedure): string[] {
  const { rng } = doc;
  switch (proc.kind) {
    case 'surgery':
      return some(rng, SURGICAL_CLOSING, 1, SURGICAL_CLOSING.length)
        .map((t) => f(doc, t))
        .filter((line) => line.length > 0);
    case 'cath':
      return [
        f(
          doc,
          'Contrast: {90|140|180} mL {iohexol|iodixanol}. Fluoroscopy time {6.4|8.2|12.5} minutes. The patient left the laboratory in stable condition.',
        ),
      ];
    case 'endoscopy':
    case 'bedside':
      return [
        f(
          doc,
          'The patient tolerated the procedure well{ and there were no immediate complications|. No complications|}.',
        ),
      ];
  }
}

function bloodLoss(doc: Doc, proc: Procedure): string {
  const [low, high] = proc.ebl;
  const value = doc.rng.int(low, high);
  if (high <= 10) return doc.rng.pick(['Minimal.', 'None.', 'Less than 5 mL.', `${value} mL.`]);
  const rounded = value >= 50 ? Math.round(value / 25) * 25 : Math.max(5, Math.round(value / 5) * 5);
  return doc.rng.pick([`${rounded} mL.`, `${rounded} mL`, `Approximately ${rounded} mL.`, `${rounded} cc.`]);
}

export function operativeNote(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const proc = rng.pick(PROCEDURES);
  const surgical = proc.kind === 'surgery';
  const doc = newDoc(
    rng,
    pool,
    { ages: proc.ages ?? [18, 90], ...(proc.sex ? { sex: proc.sex } : {}) },
    {
      credentials: surgical ? ['MD', 'MD', 'MD, FACS', 'DO'] : ['MD', 'MD', 'DO', 'MD, FACP'],
    },
  );
  const brief = surgical && rng.chance(0.15);
  const name = pf(doc, proc.names);
  const preop = pf(doc, proc.preop);
  const postop = proc.postop ? pf(doc, proc.postop) : rng.pick(['Same.', 'Same', preop]);
  const titles = brief
    ? ['BRIEF OPERATIVE NOTE', 'IMMEDIATE POSTOPERATIVE NOTE', 'BRIEF OP NOTE', 'OPERATIVE NOTE']
    : {
        surgery: [
          'OPERATIVE REPORT',
          'OPERATIVE REPORT',
          'OPERATIVE NOTE',
          'OPERATION REPORT',
          'REPORT OF OPERATION',
          'SURGICAL REPORT',
          'OPERATIVE PROCEDURE REPORT',
        ],
        endoscopy: [
          'PROCEDURE NOTE',
          'PROCEDURE REPORT',
          'ENDOSCOPY REPORT',
          'OPERATIVE REPORT',
          `${name.split(/[ ,]/)[0] ?? 'PROCEDURE'} REPORT`,
        ],
        cath: [
          'CARDIAC CATHETERIZATION REPORT',
          'PROCEDURE REPORT',
          'CATHETERIZATION LABORATORY REPORT',
          'PROCEDURE NOTE',
          'ELECTROPHYSIOLOGY PROCEDURE REPORT',
        ],
        bedside: [
          'PROCEDURE NOTE',
          'BEDSIDE PROCEDURE NOTE',
          `${name} PROCEDURE NOTE`,
          'PROCEDURE NOTE',
          'MINOR PROCEDURE NOTE',
        ],
      }[proc.kind];
  const heading = title(doc, titles, 0.8);
  const meta: string[] = [];
  if (rng.chance(0.7))
    meta.push(
      `${label(doc, usual(rng, surgical ? ['DATE OF SURGERY', 'DATE OF OPERATION', 'DATE OF PROCEDURE', 'DATE'] : ['DATE OF PROCEDURE', 'PROCEDURE DATE', 'DATE']))}: ${ds(doc, doc.date)}`,
    );
  const locations = {
    surgery: ['Main OR', 'OR 4', 'Ambulatory surgery center'],
    endoscopy: ['Endoscopy suite', 'GI lab', 'OR 2'],
    cath: ['Cath lab 2', 'Cardiac catheterization laboratory'],
    bedside: ['Bedside, ICU', 'Bedside, 4 West', 'Procedure room'],
  }[proc.kind];
  if (rng.chance(0.2)) meta.push(`${label(doc, 'LOCATION')}: ${rng.pick(locations)}`);

  const assistant = rng.chance(0.5)
    ? clinicianName(rng, clinician(rng, ['MD', 'PA-C', 'NP', 'MD']))
    : rng.pick(['None.', 'None']);
  const sections: Section[] = [];
  sections.push({
    names: surgical
      ? [
          'PREOPERATIVE DIAGNOSIS',
          'PRE-OPERATIVE DIAGNOSIS',
          'PREOPERATIVE DIAGNOSES',
          'PREOP DIAGNOSIS',
          'PRE-OP DIAGNOSIS',
        ]
      : ['PREPROCEDURE DIAGNOSIS', 'PREOPERATIVE DIAGNOSIS', 'INDICATION', 'PRE-PROCEDURE DIAGNOSIS'],
    lines: [preop],
  });
  if (rng.chance(0.92)) {
    sections.push({
      names: surgical
        ? [
            'POSTOPERATIVE DIAGNOSIS',
            'POST-OPERATIVE DIAGNOSIS',
            'POSTOPERATIVE DIAGNOSES',
            'POSTOP DIAGNOSIS',
            'POST-OP DIAGNOSIS',
          ]
        : ['POSTPROCEDURE DIAGNOSIS', 'POSTOPERATIVE DIAGNOSIS', 'POST-PROCEDURE DIAGNOSIS', 'IMPRESSION'],
      lines: [postop],
    });
  }
  sections.push({
    names: [
      'PROCEDURE',
      'PROCEDURES',
      'PROCEDURE PERFORMED',
      'PROCEDURES PERFORMED',
      'OPERATION',
      'OPERATION PERFORMED',
      'NAME OF PROCEDURE',
      'TITLE OF PROCEDURE',
    ],
    lines: [name + (rng.chance(0.5) ? '.' : '')],
  });
  sections.push({
    names: surgical
      ? ['SURGEON', 'ATTENDING SURGEON', 'SURGEON(S)']
      : proc.kind === 'endoscopy'
        ? ['ENDOSCOPIST', 'PERFORMED BY', 'PHYSICIAN']
        : ['OPERATOR', 'PERFORMED BY', 'PROCEDURALIST', 'PHYSICIAN'],
    lines: [authorName(doc)],
    group: 1,
  });
  if (surgical && rng.chance(0.7))
    sections.push({
      names: ['ASSISTANT', 'ASSISTANTS', 'FIRST ASSISTANT', 'ASSISTANT(S)'],
      lines: [assistant],
      group: 1,
    });
  sections.push({
    names:
      proc.kind === 'surgery'
        ? ['ANESTHESIA', 'TYPE OF ANESTHESIA', 'ANESTHESIA TYPE']
        : ['ANESTHESIA', 'SEDATION', 'ANESTHESIA/SEDATION'],
    lines: [pf(doc, proc.anesthesia) + (rng.chance(0.4) ? '.' : '')],
    group: 1,
  });
  if (surgical && rng.chance(0.3))
    sections.push({
      names: ['ANESTHESIOLOGIST', 'ANESTHESIA PROVIDER'],
      lines: [clinicianName(rng, clinician(rng, ['MD', 'CRNA']))],
      group: 1,
    });
  if (!brief && rng.chance(0.7)) {
    sections.push({
      names: [
        'INDICATIONS',
        'INDICATIONS FOR PROCEDURE',
        'INDICATIONS FOR OPERATION',
        'INDICATION FOR SURGERY',
        'BRIEF HISTORY',
        'CLINICAL HISTORY',
      ],
      lines: [
        some(rng, proc.indication, 1, proc.indication.length)
          .map((t) => f(doc, t))
          .join(' '),
      ],
    });
  }
  const findings = {
    names: ['FINDINGS', 'OPERATIVE FINDINGS', 'INTRAOPERATIVE FINDINGS'],
    lines: [pf(doc, proc.findings)],
  };
  const ebl: Section = {
    names: ['ESTIMATED BLOOD LOSS', 'EBL', 'BLOOD LOSS'],
    lines: [bloodLoss(doc, proc)],
    group: 2,
  };
  const specimens: Section = {
    names: ['SPECIMENS', 'SPECIMEN', 'SPECIMEN(S)', 'PATHOLOGY'],
    lines: some(rng, proc.specimens, 1, 1).map((t) => f(doc, t)),
    group: 2,
  };
  const complications: Section = {
    names: ['COMPLICATIONS', 'COMPLICATION'],
    lines: [rng.pick(['None.', 'None', 'None apparent.', 'No immediate complications.'])],
    group: 2,
  };
  const drains: Section = {
    names: ['DRAINS', 'DRAIN'],
    lines: [proc.drains ? pf(doc, proc.drains) : 'None.'],
    group: 2,
  };
  const fluids: Section = {
    names: ['FLUIDS', 'IV FLUIDS', 'FLUIDS ADMINISTERED'],
    lines: [f(doc, '{600|800|1000|1500} mL {crystalloid|lactated Ringer’s}.')],
    group: 2,
  };
  const implants: Section = {
    names: ['IMPLANTS', 'IMPLANT'],
    lines: [proc.implants ? pf(doc, proc.implants) : 'None.'],
    group: 2,
  };
  const disposition: Section = {
    names: ['CONDITION', 'DISPOSITION', 'CONDITION/DISPOSITION'],
    lines: [
      rng.pick([
        'Stable to PACU.',
        'To recovery room in stable condition.',
        'Stable.',
        'Extubated and taken to PACU in stable condition.',
      ]),
    ],
    group: 2,
  };
  const tally = [
    findings,
    ebl,
    specimens,
    complications,
    ...(surgical ? [drains, fluids] : []),
    ...(proc.implants ? [implants] : []),
    disposition,
  ].filter((section) => section === ebl || section === complications || rng.chance(brief ? 0.8 : 0.65));
  sections.push(...tally);
  if (!brief) {
    const steps = proc.steps
      .filter((step) => !step.startsWith('?') || rng.chance(0.6))
      .map((step) => f(doc, step.replace(/^\?/, '')));
    const body = [
      ...opening(doc, proc),
      ...steps.slice(0, bySize(doc, Math.min(3, steps.length), steps.length, steps.length)),
      ...closingLines(doc, proc),
    ];
    const paragraphs: string[] = [];
    const per = rng.int(2, 5);
    for (let i = 0; i < body.length; i += per) paragraphs.push(body.slice(i, i + per).join(' '));
    sections.push({
      names: [
        'DESCRIPTION OF PROCEDURE',
        'DESCRIPTION OF OPERATION',
        'PROCEDURE IN DETAIL',
        'DETAILS OF PROCEDURE',
        'OPERATIVE TECHNIQUE',
        'DESCRIPTION OF THE PROCEDURE',
        'TECHNIQUE',
        'PROCEDURE NOTE',
        'OPERATIVE PROCEDURE',
      ],
      lines: doc.layout.blankLines ? paragraphs.flatMap((p, i) => (i === 0 ? [p] : ['', p])) : paragraphs,
    });
    if (proc.kind !== 'surgery' && rng.chance(0.6)) {
      sections.push({
        names: ['RECOMMENDATIONS', 'PLAN', 'POST-PROCEDURE PLAN'],
        lines: some(
          rng,
          [
            'Await pathology.',
            'Repeat {colonoscopy|endoscopy} in {3|5|10} years.',
            'Resume diet {as tolerated|after 2 hours}.',
            'Bed rest for {2|4} hours, then ambulate.',
            'Follow up in clinic in {2|4} weeks.',
            'Continue dual antiplatelet therapy for 12 months.',
          ].map((t) => f(doc, t)),
          1,
          3,
        ),
        list: rng.chance(0.5),
      });
    }
  }
  return render(
    doc,
    topMatter(doc, heading, meta, 0.55, 0.25),
    sections,
    signature(
      doc,
      surgical ? rng.pick(['General Surgery', 'Attending Surgeon', 'Orthopedic Surgery']) : undefined,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Radiology

export function radiologyReport(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const study = rng.pick(IMAGING);
  const doc = newDoc(
    rng,
    pool,
    { ages: study.ages ?? [1, 95], ...(study.sex ? { sex: study.sex } : {}) },
    { credentials: ['MD', 'MD', 'DO', 'MD, PhD'] },
  );
  const exam = pf(doc, study.exam);
  const normalStudy = rng.chance(0.35);
  let abnormalCount = 0;
  const impressions: string[] = [];
  const findings = study.parts.map((part) => {
    const abnormal =
      part.abnormal && !normalStudy && abnormalCount < 2 && rng.chance(0.45) ? rng.pick(part.abnormal) : null;
    if (abnormal) {
      abnormalCount++;
      impressions.push(f(doc, abnormal[1]));
    }
    return [part.label, f(doc, abnormal ? abnormal[0] : rng.pick(part.normal))] as const;
  });
  if (impressions.length === 0) impressions.push(pf(doc, study.normalImpression));
  else if (rng.chance(0.2))
    impressions.push(rng.pick(['Otherwise no acute abnormality.', 'No other acute findings.']));

  const heading = title(
    doc,
    [
      'RADIOLOGY REPORT',
      'DIAGNOSTIC IMAGING REPORT',
      'IMAGING REPORT',
      'DEPARTMENT OF RADIOLOGY',
      exam,
      exam,
      'RADIOLOGY CONSULTATION',
    ],
    0.75,
  );
  const meta: string[] = [];
  if (rng.chance(0.7))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF EXAM', 'EXAM DATE', 'DATE OF SERVICE', 'DATE']))}: ${ds(doc, doc.date)}${rng.chance(0.4) ? ` ${randomTime(rng)}` : ''}`,
    );
  if (rng.chance(0.45))
    meta.push(
      `${label(doc, usual(rng, ['ACCESSION', 'ACCESSION #', 'ACC']))}: ${rng.pick(['CT', 'MR', 'XR', 'US', 'RAD'])}${rng.int(1_000_000, 9_999_999)}`,
    );
  if (rng.chance(0.45))
    meta.push(
      `${label(doc, usual(rng, ['ORDERING PHYSICIAN', 'REFERRING PHYSICIAN', 'ORDERED BY']))}: ${clinicianName(rng, clinician(rng))}`,
    );
  if (rng.chance(0.2))
    meta.push(
      `${label(doc, 'LOCATION')}: ${rng.pick(['Emergency Department', 'Inpatient', 'Outpatient Imaging', 'ICU'])}`,
    );

  const sections: Section[] = [];
  if (rng.chance(0.7))
    sections.push({ names: ['EXAM', 'EXAMINATION', 'STUDY', 'PROCEDURE', 'EXAM TYPE'], lines: [exam] });
  if (rng.chance(0.85))
    sections.push({
      names: [
        'CLINICAL HISTORY',
        'HISTORY',
        'INDICATION',
        'CLINICAL INDICATION',
        'REASON FOR EXAM',
        'CLINICAL INFORMATION',
      ],
      lines: [pf(doc, study.indications)],
    });
  if (rng.chance(0.75)) {
    const dose =
      /^CT|\bCT\b/.test(exam) && rng.chance(0.5)
        ? ` ${f(doc, '{Dose reduction techniques were used, including automated exposure control.|CTDIvol {8.2|12.6} mGy, DLP {410|620} mGy-cm.}')}`
        : '';
    sections.push({
      names: ['TECHNIQUE', 'PROCEDURE DETAILS', 'PROTOCOL'],
      lines: [pf(doc, study.technique) + dose],
    });
  }
  if (rng.chance(0.7)) {
    sections.push({
      names: ['COMPARISON', 'COMPARISONS', 'PRIOR STUDIES'],
      lines: [
        rng.pick([
          'None.',
          'None available.',
          `Prior study dated ${ds(doc, addDays(doc.date, -rng.int(30, 1500)))}.`,
          `${rng.pick(['CT', 'Radiographs', 'Ultrasound'])} from ${ds(doc, addDays(doc.date, -rng.int(5, 900)))}.`,
        ]),
      ],
    });
  }
  const findingStyle = rng.next();
  const findingLines =
    findingStyle < 0.5
      ? findings.map(([name, text]) => `${label(doc, name)}: ${text}`)
      : findingStyle < 0.75
        ? [findings.map(([name, text]) => `${label(doc, name)}: ${text}`).join(' ')]
        : // Prose: short findings ("Normal.", "3 mm.") keep their organ name.
          [
            findings
              .map(([name, text]) => (text.length < 40 || /^\d/.test(text) ? `${name}: ${text}` : text))
              .join(' '),
          ];
  sections.push({ names: ['FINDINGS', 'FINDINGS', 'REPORT', 'DISCUSSION'], lines: findingLines });
  sections.push({
    names: ['IMPRESSION', 'IMPRESSION', 'CONCLUSION', 'IMPRESSIONS', 'SUMMARY'],
    lines: impressions,
    list: impressions.length > 1 || rng.chance(0.3),
  });
  const tail = signature(doc, rng.pick(['Radiologist', 'Diagnostic Radiology', 'Attending Radiologist']));
  if (rng.chance(0.15))
    tail.push(
      f(
        doc,
        `{Critical result|These findings were} communicated to ${clinicianName(rng, clinician(rng))} by telephone at ${randomTime(rng)} with read-back.`,
      ),
    );
  if (rng.chance(0.12))
    tail.push('I have personally reviewed the images and agree with the resident’s interpretation.');
  return render(doc, topMatter(doc, heading, meta, 0.6, 0.3), sections, tail);
}

// ---------------------------------------------------------------------------------------------
// Surgical pathology

export function pathologyReport(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const first = rng.pick(SPECIMENS);
  const doc = newDoc(
    rng,
    pool,
    { ages: first.ages ?? [2, 95], ...(first.sex ? { sex: first.sex } : {}) },
    { credentials: ['MD', 'MD', 'DO', 'MD, PhD'] },
  );
  const specimens = [first];
  if (rng.chance(0.25)) {
    const second = rng.pick(SPECIMENS.filter((s) => s !== first && (!s.sex || s.sex === doc.patient.sex)));
    specimens.push(second);
  }
  const letters = 'ABC';
  const multi = specimens.length > 1;
  const tag = (i: number) => (multi ? `${letters[i]}. ` : rng.chance(0.4) ? 'A. ' : '');
  const labels = specimens.map((s) => pf(doc, s.labels));
  const diagnoses = specimens.map((s) => pf(doc, s.diagnoses));
  const upper = rng.chance(0.5);
  const diagnosisLines = specimens.flatMap((_s, i) => {
    const head = `${tag(i)}${labels[i] ?? ''}:`;
    const dx = `${rng.chance(0.6) ? '- ' : ''}${diagnoses[i] ?? ''}`;
    return upper ? [head.toUpperCase(), dx.toUpperCase()] : [head, dx];
  });
  const gross = specimens.map((s, i) => {
    const [opening, ...rest] = s.gross;
    const text = [opening ?? '', ...some(rng, rest, Math.min(1, rest.length), rest.length)]
      .map((t) => f(doc, t))
      .join(' ');
    return `${multi ? `${letters[i]}. ` : ''}${text}`;
  });
  const micro = specimens.map((s, i) => `${multi ? `${letters[i]}. ` : ''}${pf(doc, s.micro)}`);
  const cytology = specimens.some((s) => /Pap|CYTOLOGY|FNA/.test(s.labels.join(' ')));
  const heading = title(
    doc,
    cytology
      ? [
          'CYTOLOGY REPORT',
          'CYTOPATHOLOGY REPORT',
          specimens.some((s) => /Pap/.test(s.labels.join(' ')))
            ? 'GYNECOLOGIC CYTOLOGY REPORT'
            : 'NON-GYNECOLOGIC CYTOLOGY',
          'PATHOLOGY REPORT',
        ]
      : [
          'SURGICAL PATHOLOGY REPORT',
          'SURGICAL PATHOLOGY REPORT',
          'PATHOLOGY REPORT',
          'SURGICAL PATHOLOGY',
          'ANATOMIC PATHOLOGY REPORT',
          'TISSUE EXAMINATION REPORT',
        ],
    0.85,
  );
  const meta: string[] = [];
  const year = doc.date.slice(2, 4);
  if (rng.chance(0.7))
    meta.push(
      `${label(doc, usual(rng, ['ACCESSION #', 'CASE NUMBER', 'SURGICAL PATHOLOGY #', 'ACCESSION']))}: ${cytology ? 'C' : 'S'}${year}-${rng.int(100, 29999)}`,
    );
  if (rng.chance(0.6)) {
    const collected = ds(doc, addDays(doc.date, -rng.int(1, 5)));
    meta.push(
      rng.chance(0.5)
        ? `${label(doc, 'COLLECTED')}: ${collected}    ${label(doc, 'RECEIVED')}: ${collected}    ${label(doc, 'REPORTED')}: ${ds(doc, doc.date)}`
        : `${label(doc, usual(rng, ['DATE OF PROCEDURE', 'DATE COLLECTED']))}: ${collected}`,
    );
  }
  if (rng.chance(0.5))
    meta.push(
      `${label(doc, usual(rng, ['SUBMITTING PHYSICIAN', 'SURGEON', 'REQUESTING PHYSICIAN', 'PHYSICIAN']))}: ${clinicianName(rng, clinician(rng))}`,
    );

  const history = {
    names: [
      'CLINICAL HISTORY',
      'CLINICAL INFORMATION',
      'PRE-OPERATIVE DIAGNOSIS',
      'CLINICAL DATA',
      'HISTORY',
    ],
    lines: [specimens.map((s) => pf(doc, s.clinical)).join(' ')],
  };
  const received = {
    names: [
      'SPECIMEN',
      'SPECIMENS',
      'SPECIMEN(S) SUBMITTED',
      'SPECIMENS RECEIVED',
      'SOURCE OF SPECIMEN',
      'TISSUE SUBMITTED',
    ],
    lines: labels.map((l, i) => `${multi ? `${letters[i]}. ` : ''}${l}`),
  };
  const final = {
    names: [
      'FINAL DIAGNOSIS',
      'FINAL DIAGNOSIS',
      'DIAGNOSIS',
      'PATHOLOGIC DIAGNOSIS',
      'FINAL PATHOLOGIC DIAGNOSIS',
      'INTERPRETATION',
    ],
    lines: diagnosisLines,
  };
  const grossSection = {
    names: [
      'GROSS DESCRIPTION',
      'GROSS DESCRIPTION',
      'GROSS',
      'GROSS EXAMINATION',
      'MACROSCOPIC DESCRIPTION',
    ],
    lines: gross,
  };
  const microSection = {
    names: [
      'MICROSCOPIC DESCRIPTION',
      'MICROSCOPIC DESCRIPTION',
      'MICROSCOPIC',
      'MICROSCOPIC EXAMINATION',
      'HISTOLOGY',
    ],
    lines: rng.chance(0.15)
      ? [
          rng.pick([
            'Microscopic examination performed; see diagnosis.',
            'The diagnosis is based on the microscopic examination.',
          ]),
        ]
      : micro,
  };
  const sections: Section[] = [];
  const keepMicro = rng.chance(0.8);
  const keepGross = rng.chance(0.88);
  if (rng.chance(0.5)) {
    sections.push(final);
    if (rng.chance(0.75)) sections.push(history);
    if (rng.chance(0.7)) sections.push(received);
    if (keepGross) sections.push(grossSection);
    if (keepMicro) sections.push(microSection);
  } else {
    if (rng.chance(0.75)) sections.push(received);
    if (rng.chance(0.75)) sections.push(history);
    if (keepGross) sections.push(grossSection);
    if (keepMicro) sections.push(microSection);
    sections.push(final);
  }
  const synoptic = specimens.find((s) => s.synoptic)?.synoptic;
  if (synoptic && /carcinoma/i.test(diagnoses.join(' ')) && rng.chance(0.7)) {
    sections.push({
      names: ['SYNOPTIC REPORT', 'CANCER SUMMARY', 'TUMOR SUMMARY'],
      lines: synoptic.map((t) => f(doc, t)),
    });
  }
  if (rng.chance(0.12)) {
    sections.splice(1, 0, {
      names: ['INTRAOPERATIVE CONSULTATION', 'FROZEN SECTION DIAGNOSIS', 'INTRAOPERATIVE DIAGNOSIS'],
      lines: [
        f(
          doc,
          `${multi ? 'A' : ''}{FS1|FSA}: {benign|deferred to permanent sections|consistent with the final diagnosis}. {Called to the operating room at ${randomTime(rng)}|Communicated to the surgeon} by ${clinicianName(rng, doc.author)}.`,
        ),
      ],
    });
  }
  if (rng.chance(0.3)) {
    sections.push({
      names: ['COMMENT', 'NOTE', 'COMMENTS'],
      lines: [
        f(
          doc,
          rng.pick([
            '{Immunohistochemical stains|Special stains} performed with appropriate controls support the diagnosis.',
            'Clinical correlation is recommended.',
            'The case was reviewed at the departmental consensus conference.',
            'Deeper levels were examined.',
          ]),
        ),
      ],
    });
  }
  if (rng.chance(0.2))
    sections.push({
      names: ['CASSETTE KEY', 'SECTION CODE'],
      lines: [f(doc, '{A1|1A}: representative sections; {A2|1B}: {margin|tip and base}.')],
    });
  const tail: string[] = [];
  if (rng.chance(0.45))
    tail.push(
      '',
      rng.pick([
        'I have personally reviewed the slides and rendered the final diagnosis.',
        'I attest that I have examined the material and rendered the diagnosis.',
        'The diagnosis was made after personal review of the glass slides.',
      ]),
    );
  tail.push(
    ...weighted<string[]>(rng, [
      [['', `Electronically signed out by ${authorName(doc)}, Pathologist`, ds(doc, doc.date)], 35],
      [['', `${authorName(doc)}`, rng.pick(['Pathologist', 'Staff Pathologist', 'Anatomic Pathology'])], 25],
      [['', `Signed out: ${ds(doc, doc.date)} ${randomTime(rng, 8, 18)} by ${authorName(doc)}`], 20],
      [signature(doc, 'Pathologist'), 20],
    ]),
  );
  if (rng.chance(0.2))
    tail.push(`Gross description by: ${clinicianName(rng, clinician(rng, ['PA(ASCP)', 'HTL', 'MD']))}`);
  return render(doc, topMatter(doc, heading, meta, 0.7, 0.35), sections, tail);
}

// ---------------------------------------------------------------------------------------------
// Laboratory

function analyteValue(rng: Prng, analyte: Analyte): { value: string; flag: string } {
  const span = analyte.high - analyte.low || 1;
  const roll = rng.next();
  let value: number;
  let flag = '';
  if (roll < 0.72) value = analyte.low + span * (0.05 + rng.next() * 0.9);
  else if (roll < 0.88) {
    value = analyte.high + span * (0.05 + rng.next() * 0.8);
    flag = 'H';
  } else {
    value = Math.max(0, analyte.low - span * (0.05 + rng.next() * 0.4));
    flag = value < analyte.low ? 'L' : '';
  }
  if (flag && rng.chance(0.05)) flag = flag + flag;
  return { value: value.toFixed(analyte.decimals), flag };
}

function isQualitative(test: Analyte | QualitativeTest): test is QualitativeTest {
  return 'normal' in test;
}

function panelRows(
  rng: Prng,
  analytes: readonly (Analyte | QualitativeTest)[],
): { name: string; value: string; flag: string; unit: string; range: string }[] {
  return analytes.map((test) => {
    if (isQualitative(test)) {
      const abnormal = rng.chance(0.25);
      return {
        name: test.name,
        value: abnormal ? rng.pick(test.abnormal) : test.normal,
        flag: abnormal ? 'A' : '',
        unit: '',
        range: test.normal,
      };
    }
    const { value, flag } = analyteValue(rng, test);
    const range =
      test.low === 0
        ? `<${test.high.toFixed(test.decimals)}`
        : `${test.low.toFixed(test.decimals)}-${test.high.toFixed(test.decimals)}`;
    return { name: test.name, value, flag, unit: test.unit, range };
  });
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

export function laboratoryReport(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const doc = newDoc(
    rng,
    pool,
    { ages: [0, 98] },
    { allowRunOn: false, credentials: ['MD', 'MD, PhD', 'DO'] },
  );
  const collected = `${ds(doc, doc.date)} ${randomTime(rng, 5, 20)}`;
  const head: string[] = [];
  const labName = rng.pick([
    `${doc.facility} Clinical Laboratory`,
    `${doc.facility} - Department of Laboratory Medicine`,
    'Core Laboratory',
    'Regional Reference Laboratory',
    `${doc.facility} Laboratory Services`,
  ]);
  if (rng.chance(0.75)) head.push(rng.chance(0.5) ? labName.toUpperCase() : labName);
  const heading = title(
    doc,
    [
      'LABORATORY REPORT',
      'LABORATORY RESULTS',
      'FINAL REPORT',
      'CUMULATIVE LABORATORY REPORT',
      'LAB RESULTS',
      'CLINICAL LABORATORY REPORT',
      'MICROBIOLOGY REPORT',
    ],
    0.8,
  );
  if (heading) head.push(heading);
  head.push('');
  if (rng.chance(0.85)) head.push(...patientBlock(rng, doc.patient, doc.dates));
  const info = [
    `${label(doc, usual(rng, ['ORDERING PHYSICIAN', 'ORDERED BY', 'PROVIDER', 'REQUESTING PHYSICIAN']))}: ${clinicianName(rng, doc.author)}`,
    `${label(doc, usual(rng, ['COLLECTED', 'COLLECTION DATE', 'DATE COLLECTED', 'SPECIMEN COLLECTED']))}: ${collected}`,
    `${label(doc, 'RECEIVED')}: ${ds(doc, doc.date)} ${randomTime(rng, 6, 21)}`,
    `${label(doc, usual(rng, ['REPORTED', 'RESULTED', 'FINAL']))}: ${ds(doc, addDays(doc.date, rng.chance(0.7) ? 0 : rng.int(1, 3)))} ${randomTime(rng, 7, 23)}`,
    `${label(doc, usual(rng, ['ACCESSION', 'ACCESSION #', 'LAB #', 'SPECIMEN ID']))}: ${rng.int(10, 99)}-${rng.int(100, 999)}-${rng.int(1000, 9999)}`,
    `${label(doc, usual(rng, ['STATUS', 'REPORT STATUS']))}: ${rng.pick(['Final', 'FINAL', 'Preliminary', 'Corrected'])}`,
  ];
  head.push(...some(rng, info, 2, info.length), '');

  const body: string[] = [];
  const micro = rng.chance(0.2);
  if (micro) {
    const source = pf(doc, [
      'Urine, clean catch',
      'Urine, catheterized',
      'Blood, peripheral',
      'Wound, {side} foot',
      'Sputum, expectorated',
    ]);
    const organism = rng.pick(ORGANISMS);
    body.push(
      `${label(doc, usual(rng, ['TEST', 'ORDER']))}: ${rng.pick(['CULTURE, URINE', 'CULTURE, BLOOD', 'AEROBIC CULTURE', 'CULTURE AND SENSITIVITY'])}`,
    );
    body.push(`${label(doc, 'SOURCE')}: ${source}`, '');
    if (rng.chance(0.15))
      body.push(
        `${label(doc, 'RESULT')}: ${rng.pick(['No growth at 48 hours.', 'No growth after 5 days.', 'Mixed flora, likely contamination; suggest recollection.'])}`,
      );
    else {
      body.push(
        `${label(doc, 'RESULT')}: ${rng.pick(['>100,000 CFU/mL', '50,000-100,000 CFU/mL', 'Growth in 2 of 2 bottles', 'Moderate growth'])} ${organism}`,
      );
      if (rng.chance(0.3))
        body.push(
          `Gram stain: ${rng.pick(['Gram-negative rods', 'Gram-positive cocci in clusters', 'Many WBCs, few epithelial cells'])}.`,
        );
      body.push('', `${label(doc, 'SUSCEPTIBILITY')}:`);
      const pipe = rng.chance(0.3);
      body.push(
        pipe
          ? 'Antibiotic | MIC | Interpretation'
          : `${pad('Antibiotic', 32)}${pad('MIC (ug/mL)', 14)}Interpretation`,
      );
      for (const drug of some(rng, ANTIBIOTICS, 5, 10)) {
        const interpretation = weighted(rng, [
          ['S', 70],
          ['R', 20],
          ['I', 10],
        ] as const);
        const mic =
          interpretation === 'S'
            ? rng.pick(['<=1', '<=2', '<=0.25', '2', '<=16'])
            : rng.pick(['>=32', '>=64', '8', '>=4']);
        body.push(
          pipe ? `${drug} | ${mic} | ${interpretation}` : `${pad(drug, 32)}${pad(mic, 14)}${interpretation}`,
        );
      }
      body.push('', 'S = susceptible, I = intermediate, R = resistant.');
    }
  } else {
    const panels = some(rng, PANELS, 1, bySize(doc, 1, 2, 3));
    const format = weighted(rng, [
      ['columns', 45],
      ['pipes', 15],
      ['inline', 25],
      ['dotted', 15],
    ] as const);
    for (const panel of panels) {
      body.push(`${rng.pick(panel.names)}${rng.chance(0.3) ? ` (${panel.specimen})` : ''}`);
      const rows = panelRows(rng, panel.analytes);
      if (format === 'columns') {
        body.push(
          `${pad('Test', 28)}${pad('Result', 10)}${pad('Flag', 6)}${pad('Units', 16)}Reference Range`,
        );
        for (const row of rows)
          body.push(
            `${pad(row.name, 28)}${pad(row.value, 10)}${pad(row.flag, 6)}${pad(row.unit, 16)}${row.range}`,
          );
      } else if (format === 'pipes') {
        body.push('Test | Result | Flag | Units | Reference');
        for (const row of rows)
          body.push(`${row.name} | ${row.value} | ${row.flag} | ${row.unit} | ${row.range}`);
      } else if (format === 'inline') {
        for (const row of rows)
          body.push(
            `${row.name}: ${row.value}${row.unit ? ` ${row.unit}` : ''}${row.flag ? ` (${row.flag})` : ''}   [ref ${row.range}]`,
          );
      } else {
        for (const row of rows)
          body.push(
            `${row.name.padEnd(26, '.')} ${row.value} ${row.flag ? `${row.flag} ` : ''}${row.unit}  (${row.range})`.trimEnd(),
          );
      }
      body.push('');
    }
  }
  const notes: string[] = [];
  if (rng.chance(0.2))
    notes.push(
      f(
        doc,
        `Critical value {called to|reported to} {RN|Dr.} ${clinician(rng).family} at ${randomTime(rng)}; read back and verified.`,
      ),
    );
  if (rng.chance(0.25))
    notes.push('H = High, L = Low, A = Abnormal. Reference ranges are for adults unless stated.');
  if (rng.chance(0.3))
    notes.push(
      `Performed at: ${labName}, CLIA #${rng.int(10, 99)}D${rng.int(1_000_000, 9_999_999)}. Laboratory Director: ${clinicianName(rng, clinician(rng, ['MD', 'MD, PhD']))}`,
    );
  if (rng.chance(0.15)) notes.push('Specimen slightly hemolyzed; potassium may be falsely elevated.');
  if (rng.chance(0.1)) notes.push(`Page 1 of ${rng.int(1, 3)}`);
  return finish([...head, ...body, ...notes], doc.layout);
}
