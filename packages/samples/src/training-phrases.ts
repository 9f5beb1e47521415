/**
 * Generic history and examination phrases for the synthetic training documents: review of systems,
 * normal examination findings, medications, allergies, social and family history, vital signs.
 * Written for Chartroom; templates use the `fill` syntax from training-text.ts.
 */
import type { ExamSystem } from './training-cases.ts';
import type { Prng } from './prng.ts';
import { weighted } from './training-text.ts';

export const PMH_ITEMS = [
  'hypertension',
  'hyperlipidemia',
  'type 2 diabetes mellitus',
  'hypothyroidism',
  'gastroesophageal reflux disease',
  'osteoarthritis',
  'depression',
  'asthma',
  'obesity',
  'chronic kidney disease stage 3',
  'gout',
  'obstructive sleep apnea',
  'anxiety',
  'migraine headaches',
  'benign prostatic hyperplasia',
  'osteoporosis',
  'chronic low back pain',
  'anemia',
] as const;

export const CHILD_PMH_ITEMS = [
  'none',
  'eczema',
  'reactive airway disease',
  'ADHD',
  'born at 39 weeks, no complications',
] as const;

export const PSH_ITEMS = [
  'appendectomy {as a child|in {1978|1992|2004}}',
  'cholecystectomy {in {2009|2015}|}',
  'tonsillectomy as a child',
  '{right|left} total knee replacement {in {2016|2019}|}',
  'cesarean section x{1|2}',
  'hysterectomy',
  'inguinal hernia repair',
  'coronary artery bypass grafting {in 2011|}',
  'carpal tunnel release',
  'cataract surgery, both eyes',
  'lumbar laminectomy',
  'none',
] as const;

export const MEDICATIONS = [
  'lisinopril {10|20|40} mg {daily|p.o. daily|once a day}',
  'metformin {500|1000} mg {twice daily|b.i.d.|with meals}',
  'atorvastatin {20|40|80} mg {at bedtime|daily|nightly}',
  'levothyroxine {50|75|100} mcg {daily|every morning}',
  'omeprazole {20|40} mg daily',
  'amlodipine {5|10} mg daily',
  'aspirin 81 mg daily',
  'sertraline {50|100} mg daily',
  'albuterol inhaler {2 puffs every 4 hours as needed|p.r.n.}',
  'metoprolol {tartrate 25 mg b.i.d.|succinate 50 mg daily}',
  'furosemide {20|40} mg {daily|twice daily}',
  'apixaban 5 mg twice daily',
  'tamsulosin 0.4 mg at bedtime',
  'gabapentin {100|300} mg three times daily',
  'insulin glargine {18|24|30} units at bedtime',
  'hydrochlorothiazide {12.5|25} mg daily',
  'vitamin D3 {1000|2000} units daily',
  'allopurinol {100|300} mg daily',
  'acetaminophen 500 mg as needed',
  'losartan {50|100} mg daily',
  'pantoprazole 40 mg daily',
  'montelukast 10 mg nightly',
  'fluticasone nasal spray daily',
  'calcium with vitamin D twice daily',
] as const;

export const CHILD_MEDICATIONS = [
  'none',
  'cetirizine 5 mg daily',
  'albuterol as needed',
  'a multivitamin',
] as const;

export const ALLERGIES = [
  'No known drug allergies.',
  'NKDA.',
  'NO KNOWN DRUG ALLERGIES.',
  'Penicillin ({hives|rash|anaphylaxis}).',
  'Sulfa drugs ({rash|hives}).',
  'Codeine causes nausea.',
  'Iodinated contrast ({hives|itching}).',
  'Latex.',
  'Morphine ({itching|nausea}); penicillin ({rash|unknown reaction}).',
  'Shellfish; no known drug allergies.',
  'Lisinopril (cough).',
] as const;

export const SOCIAL_ADULT = [
  '{Lives with {his} {wife|husband|spouse|partner}|Lives alone|Lives with {his} daughter|Lives in an assisted living facility}{ in a two-story house| in an apartment|}.',
  '{Former smoker, quit {10|20|5} years ago|Smokes {half a pack|one pack} per day|Never smoker|Denies tobacco use}.',
  '{Drinks {one to two glasses of wine|two beers} {a week|on weekends}|Occasional alcohol|No alcohol|Denies alcohol or drug use|Drinks {four|six} beers daily}.',
  '{Works as {a teacher|an accountant|a truck driver|a nurse|a farmer|a mechanic|an electrician}|Retired {teacher|postal worker|engineer|machinist}|Currently unemployed|On disability}.',
  '{No illicit drug use|Denies recreational drugs|Uses marijuana occasionally}.',
  '{Independent in activities of daily living|Walks with a cane|Uses a walker at home}.',
] as const;

export const SOCIAL_CHILD = [
  'Lives with {his} {parents|mother|parents and two siblings|grandparents}.',
  '{Attends daycare|In {second|fourth|seventh} grade|Home schooled}.',
  '{No smoke exposure at home|Father smokes outside the house}.',
  '{Has a dog at home|No pets}.',
] as const;

export const FAMILY_HISTORY = [
  '{Father|Mother|Brother} with {coronary artery disease|myocardial infarction at age {52|60|67}|type 2 diabetes|hypertension|colon cancer at age {58|64}|stroke}.',
  '{Mother|Sister|Maternal aunt} with {breast cancer|hypothyroidism|rheumatoid arthritis|diabetes}.',
  'Noncontributory.',
  'No family history of {bleeding disorders|problems with anesthesia|sudden cardiac death}.',
  '{Parents|Both parents} {alive and well|deceased, causes unknown to the patient}.',
  'Unknown; {he} was adopted.',
] as const;

/** Review of systems statements, one per system, with alternatives. */
export const ROS_SYSTEMS: readonly (readonly [string, readonly string[]])[] = [
  [
    'CONSTITUTIONAL',
    [
      'No fevers, chills or night sweats.',
      'Denies weight loss or fatigue.',
      'Positive for fatigue; no fever.',
    ],
  ],
  ['EYES', ['No vision changes.', 'Denies blurry or double vision.']],
  ['ENT', ['No sore throat, ear pain or nasal congestion.', 'Denies hearing loss or sinus pain.']],
  ['CARDIOVASCULAR', ['No chest pain, palpitations or leg swelling.', 'Denies orthopnea and PND.']],
  ['RESPIRATORY', ['No cough, wheezing or shortness of breath.', 'Denies hemoptysis.']],
  [
    'GASTROINTESTINAL',
    ['No nausea, vomiting, diarrhea or constipation.', 'Denies abdominal pain, melena or hematochezia.'],
  ],
  ['GENITOURINARY', ['No dysuria, frequency or hematuria.', 'Denies urinary incontinence.']],
  ['MUSCULOSKELETAL', ['No joint pain or swelling.', 'Chronic knee pain, otherwise negative.']],
  ['SKIN', ['No rashes or lesions.', 'Denies itching or new moles.']],
  ['NEUROLOGIC', ['No headaches, weakness, numbness or dizziness.', 'Denies seizures or syncope.']],
  ['PSYCHIATRIC', ['No depression or anxiety.', 'Mood is good.']],
  ['ENDOCRINE', ['No heat or cold intolerance, polyuria or polydipsia.']],
  ['HEMATOLOGIC', ['No easy bruising or bleeding.']],
];

export const ROS_SUMMARIES = [
  'A {10|12|14}-point review of systems was {obtained and is|} negative except as noted in the HPI.',
  'All other systems reviewed and negative.',
  'Negative except as per the history of present illness.',
  'Complete review of systems is otherwise negative.',
  'As per HPI; otherwise a full review of systems is negative.',
] as const;

/** Normal examination findings, keyed by system, with the label printed before each. */
export const EXAM_NORMAL: Readonly<Record<ExamSystem, readonly [readonly string[], readonly string[]]>> = {
  general: [
    ['GENERAL', 'GEN', 'CONSTITUTIONAL'],
    [
      'Alert, oriented, in no acute distress.',
      'Well-developed, well-nourished, pleasant and cooperative.',
      'Awake, alert, no apparent distress.',
    ],
  ],
  heent: [
    ['HEENT', 'HEAD AND NECK'],
    [
      'Normocephalic, atraumatic. Pupils equal and reactive. Moist mucous membranes.',
      'Sclerae anicteric, oropharynx clear.',
      'PERRLA, EOMI. Oropharynx without erythema.',
    ],
  ],
  neck: [['NECK'], ['Supple, no lymphadenopathy, no JVD.', 'No thyromegaly or carotid bruits.']],
  lungs: [
    ['LUNGS', 'CHEST', 'RESPIRATORY'],
    [
      'Clear to auscultation bilaterally.',
      'Good air entry, no wheezes, rales or rhonchi.',
      'Unlabored breathing; clear bilaterally.',
    ],
  ],
  heart: [
    ['HEART', 'CARDIOVASCULAR', 'CV'],
    [
      'Regular rate and rhythm, no murmurs, rubs or gallops.',
      'S1, S2 normal. No murmur.',
      'RRR without murmur.',
    ],
  ],
  abdomen: [
    ['ABDOMEN', 'ABD'],
    [
      'Soft, nontender, nondistended. Normal bowel sounds.',
      'Soft, no masses or organomegaly.',
      'Bowel sounds present; no tenderness, rebound or guarding.',
    ],
  ],
  ext: [
    ['EXTREMITIES', 'EXT'],
    ['No clubbing, cyanosis or edema.', 'Warm and well perfused; no edema.', 'Pulses 2+ and symmetric.'],
  ],
  skin: [['SKIN'], ['Warm and dry, no rash.', 'No lesions or ulcers.', 'Intact without rash.']],
  neuro: [
    ['NEUROLOGIC', 'NEURO'],
    [
      'Alert and oriented x3. Cranial nerves II-XII intact. Strength 5/5 throughout.',
      'Nonfocal.',
      'No focal deficits; gait steady.',
    ],
  ],
  psych: [
    ['PSYCHIATRIC', 'PSYCH'],
    ['Normal mood and affect.', 'Appropriate, good insight.'],
  ],
  msk: [
    ['MUSCULOSKELETAL', 'MSK'],
    ['Full range of motion of all joints.', 'No joint swelling or tenderness.'],
  ],
  gu: [
    ['GU', 'GENITOURINARY', 'RECTAL'],
    ['Deferred.', 'Normal external genitalia.'],
  ],
};

export const EXAM_ORDER: readonly ExamSystem[] = [
  'general',
  'heent',
  'neck',
  'lungs',
  'heart',
  'abdomen',
  'ext',
  'skin',
  'msk',
  'neuro',
  'psych',
  'gu',
];

/** A vital signs line in one of several charting styles. */
export function vitalSigns(rng: Prng, child: boolean): string {
  const t = (rng.int(972, 1012) / 10).toFixed(1);
  const tc = (rng.int(362, 384) / 10).toFixed(1);
  const hr = child ? rng.int(80, 140) : rng.int(56, 118);
  const sys = child ? rng.int(92, 118) : rng.int(102, 172);
  const dia = child ? rng.int(52, 74) : rng.int(58, 98);
  const rr = child ? rng.int(18, 36) : rng.int(12, 24);
  const sat = rng.int(89, 100);
  const o2 = rng.chance(0.8) ? 'room air' : `${rng.int(2, 4)} L nasal cannula`;
  const weight = child ? rng.int(12, 55) : rng.int(48, 130);
  return weighted(rng, [
    [`BP ${sys}/${dia}, HR ${hr}, RR ${rr}, T ${t} F, SpO2 ${sat}% on ${o2}.`, 30],
    [
      `Temperature ${t}, pulse ${hr}, respirations ${rr}, blood pressure ${sys}/${dia}, oxygen saturation ${sat}% on ${o2}.`,
      25,
    ],
    [`T ${tc} C  P ${hr}  R ${rr}  BP ${sys}/${dia}  O2 sat ${sat}%`, 15],
    [`${t}, ${hr}, ${rr}, ${sys}/${dia}, ${sat}% RA. Weight ${weight} kg.`, 15],
    [`Blood pressure is ${sys}/${dia}, heart rate ${hr}, afebrile, saturating ${sat}%.`, 15],
  ]);
}

/** A one-line lab summary as clinicians type it into notes ("Na 138, K 4.1, … WBC 11.2, Hgb 12.8"). */
export function labSummary(rng: Prng): string {
  const chem = `Na ${rng.int(128, 146)}, K ${(rng.int(31, 56) / 10).toFixed(1)}, Cl ${rng.int(94, 110)}, CO2 ${rng.int(16, 31)}, BUN ${rng.int(6, 58)}, Cr ${(rng.int(5, 31) / 10).toFixed(1)}, Glu ${rng.int(72, 310)}`;
  const cbc = `WBC ${(rng.int(32, 196) / 10).toFixed(1)}, Hgb ${(rng.int(68, 165) / 10).toFixed(1)}, Plt ${rng.int(90, 460)}`;
  return weighted(rng, [
    [`Labs: ${chem}. ${cbc}.`, 40],
    [`BMP: ${chem}. CBC: ${cbc}.`, 30],
    [`${cbc}; ${chem}.`, 30],
  ]);
}
