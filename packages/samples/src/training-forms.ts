/**
 * Generators for the form-shaped training documents: consent forms, autopsy reports and "other"
 * chart paper (fax covers, face sheets and claim forms, medication administration records, nursing
 * flowsheets, questionnaires, independent medical evaluations, ECG printouts, orders, handouts…).
 */
import type { SyntheticPatient } from './patients.ts';
import type { Prng } from './prng.ts';
import { CASES } from './training-cases.ts';
import {
  pickCase,
  caseDoc,
  authorName,
  examLines,
  medicationLines,
  signature,
  title,
  topMatter,
} from './training-notes.ts';
import { MEDICATIONS } from './training-phrases.ts';
import { PROCEDURES } from './training-procedures.ts';
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
  newDoc,
  patientBlock,
  pf,
  randomTime,
  renderSections,
  salutationName,
  some,
  usual,
  weighted,
  type Doc,
  type Section,
} from './training-text.ts';

function formFinish(doc: Doc, lines: readonly string[]): string {
  return finish(lines, { ...doc.layout, runOn: false, doubleSpace: false });
}

function blank(rng: Prng, width = 24): string {
  return '_'.repeat(rng.int(Math.max(8, width - 8), width + 8));
}

/** A signature line, sometimes filled in (typed names, dates), sometimes left blank. */
function signLine(doc: Doc, caption: string, filled: string | null, withDate = true): string {
  const { rng } = doc;
  const value = filled && rng.chance(0.45) ? `/s/ ${filled}` : blank(rng);
  const date = withDate
    ? `   ${rng.pick(['Date', 'Date/Time', 'Date'])}: ${rng.chance(0.5) ? ds(doc, doc.date) : blank(rng, 10)}`
    : '';
  return `${caption}: ${value}${date}`;
}

const BOX_STYLES = [
  ['[X]', '[ ]'],
  ['(X)', '( )'],
  ['[x]', '[ ]'],
] as const;
/** Each form draws its boxes one way; the style is chosen at the form's first box. */
const boxStyle = new WeakMap<Prng, (typeof BOX_STYLES)[number]>();

function checkbox(rng: Prng, text: string, checked = rng.chance(0.5)): string {
  let style = boxStyle.get(rng);
  if (!style) {
    style = rng.pick(BOX_STYLES);
    boxStyle.set(rng, style);
  }
  return `${checked ? style[0] : style[1]} ${text}`;
}

// ---------------------------------------------------------------------------------------------
// Consent forms

const GENERAL_RISKS = [
  'bleeding',
  'infection',
  'injury to nearby organs or tissues',
  'blood clots',
  'reactions to medications',
  'scarring',
  'in rare cases, death',
];

export function consentForm(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const kind = weighted(rng, [
    ['procedure', 55],
    ['anesthesia', 10],
    ['transfusion', 12],
    ['release', 8],
    ['refusal', 7],
    ['telehealth', 4],
    ['sedation', 4],
  ] as const);
  const proc = rng.pick(PROCEDURES);
  const doc = newDoc(
    rng,
    pool,
    { ages: proc.ages ?? [18, 90], ...(proc.sex ? { sex: proc.sex } : {}) },
    { allowRunOn: false },
  );
  const physician = clinicianName(rng, doc.author, rng.chance(0.5));
  const procName = pf(doc, proc.names);
  const patientName = `${doc.patient.given.join(' ')} ${doc.patient.family}`;
  const typed = rng.chance(0.6);
  const fillIn = (value: string) => (typed ? value : blank(rng, 30));
  const lines: string[] = [];
  if (rng.chance(0.7)) lines.push(rng.chance(0.5) ? doc.facility.toUpperCase() : doc.facility);
  const titles = {
    procedure: [
      'CONSENT FOR SURGICAL OR OTHER PROCEDURE',
      'INFORMED CONSENT FOR OPERATION OR PROCEDURE',
      'AUTHORIZATION FOR MEDICAL AND/OR SURGICAL TREATMENT',
      'CONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES',
      'PROCEDURE CONSENT FORM',
      'Informed Consent for Procedure',
      'REQUEST AND CONSENT FOR PROCEDURE',
      'SURGICAL CONSENT',
    ],
    anesthesia: ['CONSENT FOR ANESTHESIA SERVICES', 'ANESTHESIA CONSENT', 'INFORMED CONSENT FOR ANESTHESIA'],
    transfusion: [
      'CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS',
      'BLOOD TRANSFUSION CONSENT',
      'Informed Consent for Blood Transfusion',
    ],
    release: [
      'AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION',
      'AUTHORIZATION TO DISCLOSE HEALTH INFORMATION',
      'CONSENT TO RELEASE MEDICAL RECORDS',
    ],
    refusal: ['REFUSAL OF TREATMENT', 'LEAVING AGAINST MEDICAL ADVICE', 'INFORMED REFUSAL'],
    telehealth: ['CONSENT FOR TELEHEALTH SERVICES', 'TELEMEDICINE CONSENT'],
    sedation: ['CONSENT FOR MODERATE SEDATION', 'PROCEDURAL SEDATION CONSENT'],
  }[kind];
  lines.push(rng.chance(0.8) ? rng.pick(titles).toUpperCase() : rng.pick(titles), '');
  if (rng.chance(0.8)) lines.push(...patientBlock(rng, doc.patient, doc.dates), '');

  const statements: string[] = [];
  const say = (template: string) => statements.push(f(doc, template));
  const risks = [...new Set([...some(rng, GENERAL_RISKS, 2, 5), ...proc.risks.map((r) => f(doc, r))])];
  switch (kind) {
    case 'procedure':
    case 'sedation': {
      const what = kind === 'sedation' ? `moderate sedation for ${lowerFirst(procName)}` : procName;
      say(
        rng.pick([
          `I, ${fillIn(patientName)}, hereby {authorize|request and authorize} ${fillIn(physician)} and {such assistants as may be selected|associates and assistants as needed} to perform the following {procedure|operation}: ${fillIn(what)}.`,
          `I consent to and authorize the performance of the following procedure(s): ${fillIn(what)}, by ${fillIn(physician)} and any assistants.`,
          `I give my permission for ${fillIn(physician)} to perform ${fillIn(what)}{ on the {side} side| on me|}.`,
        ]),
      );
      say(
        rng.pick([
          'The nature and purpose of the {procedure|operation}, the expected benefits, the possible alternative methods of treatment, and the risks involved have been explained to me{ by my physician|}.',
          'My doctor has explained to me in words I understand: the reason for the procedure, how it will be done, the benefits and the risks, and the other options, including no treatment.',
          'I have been told about the purpose of this procedure, what it involves, what it may achieve and the alternatives, including the option of not having it.',
        ]),
      );
      if (rng.chance(0.5)) {
        say(
          'I understand that {all procedures carry some risk|there are risks with any procedure}. These include, but are not limited to:',
        );
        statements.push(...risks.map((r) => `   - ${capitalise(r)}`));
      } else {
        say(
          `I understand that {the risks include|possible risks and complications include}, but are not limited to, ${joinList(rng, risks)}.`,
        );
      }
      if (rng.chance(0.7))
        say(
          'I understand that during the procedure unforeseen conditions may arise that require additional or different procedures, and I authorize my physician to perform such procedures as {are|are considered} necessary.',
        );
      if (kind === 'procedure' && rng.chance(0.7))
        say(
          'I consent to the administration of {anesthesia|sedation|such anesthesia as may be considered necessary} by {the anesthesia service|or under the direction of the responsible physician}.',
        );
      if (rng.chance(0.6))
        say(
          'I consent to the {examination and disposal|retention, examination and disposal} of any tissue or parts removed{, in accordance with hospital policy|}.',
        );
      if (rng.chance(0.7))
        say(
          'I {acknowledge|understand} that no {guarantee has|guarantees or assurances have} been made to me about the results of the {procedure|treatment}.',
        );
      if (rng.chance(0.45))
        statements.push(
          `I consent to the transfusion of blood or blood products if needed.   ${checkbox(rng, 'Yes', true)}   ${checkbox(rng, 'No', false)}`,
        );
      if (rng.chance(0.25))
        say(
          'I consent to the {photographing|video recording} of the procedure for my medical {record|record and for teaching}, provided my identity is not revealed.',
        );
      break;
    }
    case 'anesthesia': {
      say(
        'I understand that anesthesia services are needed for my {procedure|operation}: ' +
          fillIn(procName) +
          '.',
      );
      say('The anesthesia plan is (check all that apply):');
      for (const option of [
        'General anesthesia',
        'Spinal or epidural anesthesia',
        'Peripheral nerve block',
        'Monitored anesthesia care (sedation)',
      ])
        statements.push(`   ${checkbox(rng, option)}`);
      say(
        'Risks that were explained to me include {sore throat and hoarseness|nausea and vomiting}, damage to teeth, {awareness during anesthesia|headache}, nerve injury, {allergic reactions|breathing problems} and, rarely, heart attack, stroke, brain damage or death.',
      );
      say(
        'I understand that the type of anesthesia may need to change during the procedure{ without my further consent|}.',
      );
      say(
        'I have told the anesthesia provider about my {medical history, medications and allergies|health history, including the last time I ate or drank}.',
      );
      break;
    }
    case 'transfusion': {
      say(
        'My {doctor|physician} has explained that I may need a transfusion of {blood or blood products|red blood cells, plasma, platelets or cryoprecipitate} during my {treatment|hospital stay}.',
      );
      say(
        'I understand the risks of transfusion, which include {fever and chills|allergic reactions}, fluid overload, lung injury, and, very rarely, transmission of infections such as hepatitis or HIV.',
      );
      say(
        'Alternatives, including {medications that stimulate blood production|collecting my own blood in advance|accepting the risks of not being transfused}, were discussed with me.',
      );
      say(
        'This consent is valid for {this admission|my course of treatment for up to {six months|one year}} unless I withdraw it in writing.',
      );
      statements.push(
        `   ${checkbox(rng, 'I CONSENT to transfusion', rng.chance(0.9))}`,
        `   ${checkbox(rng, 'I REFUSE transfusion', false)}`,
      );
      break;
    }
    case 'release': {
      const to = rng.pick([
        `${salutationName(clinician(rng))}`,
        'Prairie Mutual Insurance',
        'Lakeshore Health Plan',
        'Social Security Administration',
        'the law office listed below',
        'myself',
      ]);
      say(
        `I authorize ${doc.facility} to {release|disclose} {the health information described below|my medical records} to: ${fillIn(to)}.`,
      );
      say('Information to be released:');
      for (const option of [
        'Discharge summary',
        'History and physical',
        'Laboratory results',
        'Imaging reports',
        'Operative reports',
        'Entire record',
        'Billing records',
      ])
        statements.push(`   ${checkbox(rng, option)}`);
      say(
        `Purpose of disclosure: {continuing care|insurance claim|legal|personal use|disability application}.`,
      );
      say(
        `This authorization expires on ${typed ? ds(doc, addDays(doc.date, 365)) : blank(rng, 12)}{ or one year from the date signed|}.`,
      );
      say(
        'I understand that I may revoke this authorization at any time by writing to the health information department, except where action has already been taken.',
      );
      say(
        'I understand that information disclosed may be re-disclosed by the recipient and may no longer be protected by federal privacy rules.',
      );
      say('My treatment, payment or eligibility for benefits will not depend on whether I sign this form.');
      break;
    }
    case 'refusal': {
      const refused = rng.pick([
        'admission to the hospital',
        'the recommended blood transfusion',
        lowerFirst(procName),
        'further evaluation in the emergency department',
        'transfer to another hospital',
      ]);
      say(`I, ${fillIn(patientName)}, {refuse|am declining} ${refused}{ recommended by ${physician}|}.`);
      say(
        'The {nature of my condition|reasons for the recommendation} and the risks of refusing, including {worsening illness|permanent disability} and death, have been explained to me{ in a language I understand|}.',
      );
      say('I {understand|acknowledge} that I may return for care at any time.');
      say(
        'I release the hospital, its staff and my physicians from responsibility for any ill effects that may result from my decision.',
      );
      break;
    }
    case 'telehealth': {
      say(
        'I agree to receive health care services by {video|video and telephone} visit with {my provider|' +
          physician +
          '}.',
      );
      say(
        'I understand that telehealth has limits: the provider cannot examine me in person, and technical problems may interrupt the visit.',
      );
      say(
        'I understand that my information will be kept private and that I may stop a telehealth visit at any time and ask for an in-person visit.',
      );
      break;
    }
  }
  const numbered = rng.chance(0.55);
  let n = 0;
  for (const statement of statements) {
    const indented = statement.startsWith('   ');
    lines.push(numbered && !indented ? `${++n}. ${statement}` : statement);
    if (!indented && rng.chance(0.5)) lines.push('');
  }
  lines.push(
    '',
    f(
      doc,
      rng.pick([
        'I have read this form or had it read to me, I understand it, and all of my questions have been answered.',
        'I certify that I have read and understand this form, that I have had the opportunity to ask questions and that my questions were answered to my satisfaction.',
        'BY SIGNING BELOW I CONFIRM THAT I HAVE READ AND UNDERSTOOD THIS FORM AND THAT ALL BLANKS WERE FILLED IN BEFORE I SIGNED.',
      ]),
    ),
    '',
  );
  lines.push(
    signLine(
      doc,
      rng.pick([
        'Patient signature',
        'Signature of patient',
        'Signature of patient or legally authorized representative',
      ]),
      patientName,
    ),
  );
  if (rng.chance(0.5))
    lines.push(
      `${rng.pick(['If signed by someone other than the patient, relationship to patient', 'Relationship to patient (if not patient)'])}: ${blank(rng, 16)}`,
    );
  if (rng.chance(0.3)) lines.push(`Reason patient is unable to sign: ${blank(rng, 20)}`);
  lines.push(
    signLine(
      doc,
      rng.pick(['Witness', 'Witness signature', 'Witnessed by']),
      rng.chance(0.5) ? clinicianName(rng, clinician(rng, ['RN']), true) : null,
    ),
  );
  if (rng.chance(0.35))
    lines.push(
      `Interpreter (if used): ${blank(rng, 18)}   Language: ${rng.chance(0.3) ? rng.pick(['Spanish', 'Vietnamese', 'Arabic', 'Polish']) : blank(rng, 10)}   ID #: ${blank(rng, 8)}`,
    );
  if (kind !== 'release' && rng.chance(0.6)) {
    lines.push(
      '',
      f(
        doc,
        rng.pick([
          '{PHYSICIAN CERTIFICATION|PROVIDER STATEMENT}: I have explained the nature, purpose, risks, benefits and alternatives of the {procedure|treatment} to the patient or representative and have answered all questions.',
          'I have discussed the above with the patient and believe {the patient|they} understood the information.',
        ]),
      ),
      signLine(
        doc,
        rng.pick(['Physician signature', 'Provider signature', 'Signature of physician obtaining consent']),
        physician,
      ),
    );
  }
  if (rng.chance(0.3))
    lines.push(
      '',
      `Form ${rng.pick(['CON', 'MR', 'HIM'])}-${rng.int(100, 999)} Rev. ${rng.int(1, 12)}/${rng.int(2010, 2024)}`,
    );
  return formFinish(doc, lines);
}

// ---------------------------------------------------------------------------------------------
// Autopsy

type Organ =
  | 'cardiovascular'
  | 'respiratory'
  | 'hepatobiliary'
  | 'gastrointestinal'
  | 'genitourinary'
  | 'endocrine'
  | 'hematopoietic'
  | 'musculoskeletal'
  | 'neck'
  | 'cns';

const ORGAN_LABELS: Readonly<Record<Organ, readonly string[]>> = {
  cardiovascular: ['CARDIOVASCULAR SYSTEM', 'HEART AND GREAT VESSELS', 'CARDIOVASCULAR'],
  respiratory: ['RESPIRATORY SYSTEM', 'LUNGS', 'RESPIRATORY TRACT'],
  hepatobiliary: ['HEPATOBILIARY SYSTEM', 'LIVER AND BILIARY TRACT'],
  gastrointestinal: ['GASTROINTESTINAL TRACT', 'GASTROINTESTINAL SYSTEM', 'ALIMENTARY TRACT'],
  genitourinary: ['GENITOURINARY SYSTEM', 'URINARY TRACT', 'GENITOURINARY TRACT'],
  endocrine: ['ENDOCRINE SYSTEM', 'ENDOCRINE'],
  hematopoietic: ['HEMATOPOIETIC SYSTEM', 'RETICULOENDOTHELIAL SYSTEM', 'LYMPHORETICULAR SYSTEM'],
  musculoskeletal: ['MUSCULOSKELETAL SYSTEM', 'MUSCULOSKELETAL'],
  neck: ['NECK', 'NECK ORGANS'],
  cns: ['CENTRAL NERVOUS SYSTEM', 'HEAD AND CENTRAL NERVOUS SYSTEM', 'BRAIN'],
};

const ORGAN_NORMAL: Readonly<Record<Organ, readonly string[]>> = {
  cardiovascular: [
    'The heart weighs {340|380|410|450} g. The epicardium is smooth. The coronary arteries arise normally and show {mild|minimal} atherosclerosis without significant narrowing. The myocardium is red-brown and firm without focal lesions. The valves are thin and pliable. The aorta has {mild|moderate} atherosclerotic plaque.',
    'The {340|390|420} g heart has a normal shape. Coronary arteries are patent with {less than 25%|minimal} narrowing. Left ventricular wall thickness is {1.2|1.4} cm. Valve leaflets are unremarkable.',
  ],
  respiratory: [
    'The right and left lungs weigh {520|610|680} and {470|540|590} g, respectively. The pleural surfaces are smooth. The airways contain {scant|no} secretions. The parenchyma is {pink and crepitant|mildly congested}. The pulmonary arteries are free of thromboemboli.',
  ],
  hepatobiliary: [
    'The liver weighs {1450|1620|1780} g. The capsule is smooth and the cut surface is red-brown and uniform. The gallbladder contains {10|15|25} mL of green bile without stones.',
  ],
  gastrointestinal: [
    'The esophagus, stomach, small bowel and colon are unremarkable. The stomach contains {50|100|150} mL of {tan fluid|partially digested food}. The appendix is present.',
  ],
  genitourinary: [
    'The kidneys weigh {130|150} and {140|160} g. The capsules strip with ease, revealing {smooth|finely granular} cortical surfaces. The bladder contains {20|50|80} mL of clear yellow urine.',
  ],
  endocrine: [
    'The thyroid, adrenal glands and pancreas are unremarkable.',
    'The thyroid is symmetric; the adrenal glands have intact cortices. The pancreas is lobulated and tan.',
  ],
  hematopoietic: [
    'The spleen weighs {110|150|190} g with an intact capsule. No lymphadenopathy is identified. The bone marrow is red-brown.',
  ],
  musculoskeletal: [
    'No fractures of the ribs, sternum, spine or pelvis are identified.',
    'The skeletal muscles are red-brown. No fractures.',
  ],
  neck: [
    'The hyoid bone and laryngeal cartilages are intact. The airway is patent and the neck soft tissues are free of hemorrhage.',
  ],
  cns: [
    'The brain weighs {1220|1310|1400} g. The leptomeninges are thin and transparent. The gyral pattern is normal and there is no herniation. Serial coronal sections show no hemorrhage, infarct or mass. The circle of Willis has {mild|no significant} atherosclerosis.',
  ],
};

interface AutopsyCase {
  medicolegal: boolean;
  ages: readonly [number, number];
  clinical: readonly string[];
  anatomic: readonly string[];
  cause: readonly string[];
  manner: string;
  organs: Partial<Record<Organ, string>>;
  injuries?: readonly string[];
  toxicology?: readonly string[];
  opinion: string;
}

const AUTOPSIES: readonly AutopsyCase[] = [
  {
    medicolegal: false,
    ages: [50, 92],
    clinical: [
      '{He} was admitted with chest pain and a rising troponin and died suddenly on hospital day {2|3} despite resuscitation.',
      'The decedent had a history of hypertension and diabetes and was found unresponsive at home; resuscitation was unsuccessful.',
    ],
    anatomic: [
      'Acute myocardial infarction, anterior left ventricle, approximately {3|5} days old',
      'Severe atherosclerotic coronary artery disease with {90|95}% stenosis of the left anterior descending artery and occlusive thrombus',
      'Cardiomegaly ({520|580} g) with left ventricular hypertrophy',
      'Pulmonary edema and congestion',
      'Arterionephrosclerosis',
    ],
    cause: ['Acute myocardial infarction', 'Atherosclerotic coronary artery disease'],
    manner: 'Natural',
    organs: {
      cardiovascular:
        'The heart weighs {520|580} g. The left anterior descending artery has up to {90|95}% stenosis by calcified plaque with an occlusive thrombus in its proximal segment. The anterior left ventricular wall and septum show mottled yellow softening with a hyperemic border. The left ventricle measures {1.6|1.8} cm.',
      respiratory:
        'The lungs weigh {820|940} and {760|860} g and are heavy and congested, with frothy fluid exuding from the cut surfaces.',
    },
    opinion:
      'this {age}-year-old {sexw} died of an acute myocardial infarction due to atherosclerotic coronary artery disease',
  },
  {
    medicolegal: false,
    ages: [40, 90],
    clinical: [
      '{He} underwent surgery {six|nine} days before death and developed sudden shortness of breath and collapse while walking to the bathroom.',
      'The decedent, who had metastatic cancer, became acutely hypoxic and hypotensive and died despite resuscitation.',
    ],
    anatomic: [
      'Massive pulmonary thromboembolism, saddle type',
      'Deep venous thrombosis of the {side} popliteal and femoral veins',
      'Status post recent {surgery|hip fracture repair}',
      'Acute right ventricular dilation',
    ],
    cause: [
      'Pulmonary thromboembolism',
      'Deep venous thrombosis of the {side} leg',
      'Immobility after surgery',
    ],
    manner: 'Natural',
    organs: {
      respiratory:
        'A coiled thromboembolus straddles the bifurcation of the main pulmonary artery and extends into both lower lobe arteries. The lungs weigh {700|780} and {640|700} g.',
      cardiovascular:
        'The heart weighs {390|420} g. The right ventricle is dilated. The coronary arteries have mild atherosclerosis.',
      musculoskeletal:
        'Dissection of the {side} leg reveals firm, laminated thrombus in the popliteal and femoral veins.',
    },
    opinion: 'death resulted from pulmonary thromboembolism arising from deep venous thrombosis of the leg',
  },
  {
    medicolegal: false,
    ages: [70, 99],
    clinical: [
      'The decedent had advanced dementia and was admitted from a nursing facility with fever and hypoxia. {He} was transitioned to comfort care and died on hospital day {4|6}.',
    ],
    anatomic: [
      'Bilateral bronchopneumonia, lower lobes',
      'Advanced Alzheimer-type dementia with cerebral atrophy (brain weight {1040|1100} g)',
      'Aspiration of food material in the airways',
      'Sacral decubitus ulcer',
    ],
    cause: ['Bilateral bronchopneumonia', 'Aspiration', 'Advanced dementia'],
    manner: 'Natural',
    organs: {
      respiratory:
        'The lungs weigh {910|980} and {860|900} g. The lower lobes are firm, red-gray and consolidated, with purulent material in the bronchi.',
      cns: 'The brain weighs {1040|1100} g, with marked atrophy of the frontal and temporal lobes and dilated lateral ventricles.',
    },
    opinion: 'death was due to bronchopneumonia complicating advanced dementia',
  },
  {
    medicolegal: false,
    ages: [45, 90],
    clinical: [
      '{He} had poorly controlled hypertension and was found with sudden headache, vomiting and decreasing consciousness. CT showed a large intracerebral hemorrhage. Care was withdrawn after discussion with the family.',
    ],
    anatomic: [
      'Acute intracerebral hemorrhage, {side} basal ganglia, with intraventricular extension',
      'Transtentorial and tonsillar herniation',
      'Hypertensive cardiovascular disease with left ventricular hypertrophy',
      'Arterionephrosclerosis',
    ],
    cause: ['Intracerebral hemorrhage', 'Hypertensive cardiovascular disease'],
    manner: 'Natural',
    organs: {
      cns: 'The brain weighs {1480|1520} g and is swollen. A {5.5|6.2} cm hematoma replaces the {side} basal ganglia and ruptures into the lateral ventricle. There is uncal and tonsillar herniation.',
      cardiovascular:
        'The heart weighs {480|530} g with concentric left ventricular hypertrophy (wall thickness 1.9 cm).',
    },
    opinion: 'the cause of death is intracerebral hemorrhage due to hypertensive cardiovascular disease',
  },
  {
    medicolegal: false,
    ages: [35, 80],
    clinical: [
      'The decedent had alcohol-related cirrhosis and was admitted with hematemesis and hypotension. Bleeding continued despite endoscopic banding and transfusion.',
    ],
    anatomic: [
      'Micronodular cirrhosis of the liver',
      'Esophageal varices with recent rupture',
      'Blood within the stomach and small bowel',
      'Ascites ({2|3} liters)',
      'Splenomegaly ({420|510} g)',
    ],
    cause: ['Hemorrhage from ruptured esophageal varices', 'Cirrhosis of the liver', 'Chronic alcohol use'],
    manner: 'Natural',
    organs: {
      hepatobiliary:
        'The liver weighs {1150|1280} g, is firm and yellow-tan, and has a diffusely nodular surface with nodules up to 0.3 cm.',
      gastrointestinal:
        'Dilated varices in the distal esophagus include one with a mucosal tear. The stomach contains {600|900} mL of clotted blood.',
    },
    opinion: 'death resulted from hemorrhage from esophageal varices due to cirrhosis',
  },
  {
    medicolegal: false,
    ages: [45, 90],
    clinical: [
      '{He} had stage IV lung adenocarcinoma treated with chemotherapy and was admitted with progressive dyspnea. {He} elected comfort care and died on hospital day {3|5}.',
    ],
    anatomic: [
      'Adenocarcinoma of the {side} upper lobe of the lung, {4.5|6} cm',
      'Metastatic carcinoma to the liver, adrenal gland and mediastinal lymph nodes',
      'Malignant pleural effusion ({800|1200} mL)',
      'Cachexia',
    ],
    cause: ['Metastatic adenocarcinoma of the lung'],
    manner: 'Natural',
    organs: {
      respiratory:
        'A firm, gray-white {4.5|6} cm mass occupies the {side} upper lobe and encases the lobar bronchus. The pleural cavity contains {800|1200} mL of blood-tinged fluid.',
      hepatobiliary: 'The liver weighs {1900|2200} g and contains multiple white nodules up to 3 cm.',
    },
    opinion: 'the cause of death is metastatic adenocarcinoma of the lung',
  },
  {
    medicolegal: true,
    ages: [18, 80],
    clinical: [
      'According to the investigator’s report, the decedent was the {driver|front-seat passenger} of a vehicle that struck a {tree|guardrail|pickup truck} at highway speed and was pronounced dead at the scene.',
    ],
    anatomic: [
      'Multiple blunt force injuries',
      'Transection of the thoracic aorta with left hemothorax ({1500|2000} mL)',
      'Fractures of the left ribs {3|4} through {8|9}',
      'Laceration of the liver and spleen',
      'Abrasions and contusions of the head, trunk and extremities',
    ],
    cause: ['Multiple blunt force injuries', 'Motor vehicle collision'],
    manner: 'Accident',
    organs: {
      cardiovascular:
        'The descending thoracic aorta is completely transected just distal to the left subclavian artery.',
      musculoskeletal:
        'There are displaced fractures of the left ribs {3|4} through {8|9} in the mid-axillary line and a fracture of the left femur.',
    },
    injuries: [
      'A {6|9} cm seat-belt abrasion crosses the left shoulder and chest.',
      'Multiple linear abrasions of the face.',
      'Deformity of the left thigh.',
    ],
    toxicology: ['Blood ethanol: {none detected|0.09 g/dL|0.14 g/dL}.', 'Drugs of abuse screen: negative.'],
    opinion:
      'this {age}-year-old {sexw} died of multiple blunt force injuries sustained in a motor vehicle collision. The manner of death is accident',
  },
  {
    medicolegal: true,
    ages: [18, 65],
    clinical: [
      'The decedent was found unresponsive in {his} apartment by a {roommate|family member}. Drug paraphernalia was present at the scene. Naloxone was given by EMS without response.',
    ],
    anatomic: [
      'Pulmonary edema and congestion (lungs {1240|1400} g combined)',
      'Foam in the airways',
      'Cerebral edema',
      'Needle track marks of the antecubital fossae',
    ],
    cause: ['Acute combined drug toxicity ({fentanyl and methamphetamine|fentanyl|heroin and alprazolam})'],
    manner: 'Accident',
    organs: {
      respiratory:
        'The lungs are heavy ({680|720} and {600|650} g) and edematous, and the trachea contains pink foam.',
      cns: 'The brain weighs {1420|1480} g with flattened gyri and narrowed sulci.',
    },
    injuries: ['No significant injuries other than healing needle marks of the arms.'],
    toxicology: [
      'Fentanyl: {18|26} ng/mL (peripheral blood).',
      'Norfentanyl: present.',
      'Methamphetamine: {0.21|0.44} mg/L.',
      'Ethanol: none detected.',
    ],
    opinion: 'death was caused by acute drug toxicity. The manner of death is accident',
  },
];

export function autopsyReport(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const a = rng.pick(AUTOPSIES);
  const doc = newDoc(rng, pool, { ages: a.ages }, { credentials: ['MD', 'MD', 'DO', 'MD, PhD'] });
  const me = a.medicolegal || rng.chance(0.1);
  const preliminary = !me && rng.chance(0.12);
  const deathDate = addDays(doc.date, -rng.int(1, 3));
  const heading = title(
    doc,
    preliminary
      ? ['PROVISIONAL ANATOMIC DIAGNOSIS', 'PRELIMINARY AUTOPSY REPORT']
      : me
        ? [
            'REPORT OF POSTMORTEM EXAMINATION',
            'AUTOPSY REPORT',
            'OFFICE OF THE MEDICAL EXAMINER',
            'MEDICAL EXAMINER’S REPORT OF AUTOPSY',
          ]
        : [
            'AUTOPSY REPORT',
            'AUTOPSY REPORT',
            'REPORT OF AUTOPSY',
            'FINAL AUTOPSY REPORT',
            'POSTMORTEM EXAMINATION',
            'AUTOPSY PROTOCOL',
          ],
    0.9,
  );
  const meta: string[] = [];
  meta.push(
    `${label(doc, me ? rng.pick(['ME CASE #', 'CASE NUMBER', 'ME NUMBER']) : rng.pick(['AUTOPSY NO.', 'AUTOPSY #', 'CASE #']))}: ${me ? `ME-${doc.date.slice(0, 4)}-` : `A${doc.date.slice(2, 4)}-`}${rng.int(10, 1999)}`,
  );
  if (rng.chance(0.8))
    meta.push(
      `${label(doc, 'DATE OF DEATH')}: ${ds(doc, deathDate)}${rng.chance(0.5) ? `   ${label(doc, 'TIME')}: ${randomTime(rng)}` : ''}`,
    );
  if (rng.chance(0.8))
    meta.push(
      `${label(doc, usual(rng, ['DATE OF AUTOPSY', 'DATE/TIME OF AUTOPSY', 'AUTOPSY PERFORMED']))}: ${ds(doc, doc.date)} ${randomTime(rng, 8, 16)}`,
    );
  if (!me && rng.chance(0.6))
    meta.push(
      `${label(doc, usual(rng, ['AUTOPSY TYPE', 'EXTENT OF AUTOPSY', 'PERMISSION']))}: ${pf(doc, ['Complete', 'Complete, including brain', 'Limited, chest and abdomen only', 'Complete; permission granted by the {wife|husband|son|daughter}'])}`,
    );
  if (me && rng.chance(0.6))
    meta.push(
      `${label(doc, 'IDENTIFICATION')}: ${rng.pick(['Visual, by family', 'Fingerprints', 'Photograph on driver’s license', 'Dental comparison'])}`,
    );
  if (rng.chance(0.5))
    meta.push(
      `${label(doc, usual(rng, ['PROSECTOR', 'PATHOLOGIST', 'FORENSIC PATHOLOGIST']))}: ${authorName(doc)}`,
    );
  if (!me && rng.chance(0.4))
    meta.push(`${label(doc, 'ATTENDING PHYSICIAN')}: ${clinicianName(rng, clinician(rng))}`);
  const vars = { ...doc.vars };
  const fill = (t: string) => f({ ...doc, vars }, t);
  const anatomic = a.anatomic.map(fill);
  const cause = a.cause.map(fill);

  const sections: Section[] = [];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  sections.push({
    names: [
      'FINAL ANATOMIC DIAGNOSES',
      'ANATOMIC DIAGNOSES',
      'PATHOLOGICAL DIAGNOSES',
      'FINAL PATHOLOGIC DIAGNOSES',
      'SUMMARY OF FINDINGS',
      'AUTOPSY FINDINGS',
    ],
    lines: rng.chance(0.5) ? anatomic.map((d, i) => `${roman[i] ?? String(i + 1)}. ${d}`) : anatomic,
    list: false,
  });
  const causeLines = rng.chance(0.5)
    ? cause.map((c, i) => `${['Part I (a)', '(b) due to', '(c) due to', '(d) due to'][i] ?? ''} ${c}`.trim())
    : [cause.join(', due to ') + '.'];
  const causeSection: Section = {
    names: ['CAUSE OF DEATH', 'CAUSE OF DEATH', 'CAUSE(S) OF DEATH', 'IMMEDIATE CAUSE OF DEATH'],
    lines: causeLines,
  };
  const mannerSection: Section = { names: ['MANNER OF DEATH', 'MANNER'], lines: [a.manner + '.'] };
  if (rng.chance(0.5)) sections.push(causeSection, ...(me || rng.chance(0.5) ? [mannerSection] : []));
  sections.push({
    names: me
      ? ['CIRCUMSTANCES OF DEATH', 'HISTORY', 'INVESTIGATIVE SUMMARY']
      : ['CLINICAL SUMMARY', 'CLINICAL HISTORY', 'BRIEF CLINICAL HISTORY'],
    lines: [pf(doc, a.clinical)],
  });
  if (!preliminary) {
    const height = rng.int(150, 190);
    const weight = rng.int(45, 120);
    sections.push({
      names: ['EXTERNAL EXAMINATION', 'EXTERNAL DESCRIPTION', 'EXTERNAL EXAM'],
      lines: [
        fill(
          `The body is that of {a well-developed, well-nourished|a thin|an obese|a well-developed} {age}-year-old {sexw}{ appearing consistent with the stated age| who appears older than the stated age|}, measuring ${height} cm and weighing ${weight} kg. {Rigor mortis is {present|fully developed|passing} in the extremities.|} Livor mortis is {fixed|blanching} on the posterior dependent surfaces. The {irides are {brown|blue|hazel}|eyes are closed} and the conjunctivae are {pale|without petechiae}. {The teeth are natural.|Upper and lower dentures are present.|The teeth are in poor repair.} {There is a healed midline abdominal scar.|No scars are identified.|A tattoo is present on the {side} forearm.}`,
        ),
      ],
    });
    if (!me || rng.chance(0.4)) {
      sections.push({
        names: ['EVIDENCE OF MEDICAL INTERVENTION', 'MEDICAL INTERVENTION', 'EVIDENCE OF THERAPY'],
        lines: [
          fill(
            some(
              rng,
              [
                'An endotracheal tube is in place.',
                'Intravenous catheters are present in the {side} antecubital fossa and right internal jugular vein.',
                'ECG electrode pads are on the chest.',
                'A urinary catheter is in place.',
                'Defibrillator pad marks are on the anterior chest.',
                'A healing surgical incision is present.',
              ],
              1,
              4,
            ).join(' '),
          ),
        ],
      });
    }
    if (me)
      sections.push({
        names: ['EVIDENCE OF INJURY', 'INJURIES', 'DESCRIPTION OF INJURIES'],
        lines: (a.injuries ?? ['None.']).map(fill),
      });
    const internal: string[] = [];
    internal.push(
      fill(
        '{The body is opened with the standard Y-shaped incision.|The body cavities are opened with the usual Y-shaped incision.} The organs are in their normal anatomic positions{ and relationships|}. The {pleural, pericardial and peritoneal cavities|serous cavities} {contain no excess fluid or adhesions|are free of adhesions}.',
      ),
    );
    const organs = Object.keys(ORGAN_LABELS) as Organ[];
    const kept = organs.filter((organ) => a.organs[organ] || rng.chance(bySize(doc, 0.5, 0.8, 1)));
    const subLabels = rng.chance(0.8);
    for (const organ of kept) {
      const text = fill(a.organs[organ] ?? rng.pick(ORGAN_NORMAL[organ]));
      internal.push(subLabels ? `${label(doc, usual(rng, ORGAN_LABELS[organ]))}: ${text}` : text);
    }
    sections.push({
      names: ['INTERNAL EXAMINATION', 'INTERNAL EXAM', 'INTERNAL DESCRIPTION'],
      lines: internal,
    });
    if (rng.chance(0.35)) {
      sections.push({
        names: ['ORGAN WEIGHTS', 'WEIGHTS'],
        lines: [
          `Heart: ${rng.int(300, 580)} g   Right lung: ${rng.int(450, 950)} g   Left lung: ${rng.int(400, 880)} g`,
          `Liver: ${rng.int(1150, 2200)} g   Spleen: ${rng.int(90, 420)} g   Kidneys: ${rng.int(110, 180)} / ${rng.int(110, 180)} g`,
          `Brain: ${rng.int(1050, 1500)} g`,
        ],
      });
    }
    if (rng.chance(0.6)) {
      sections.push({
        names: ['MICROSCOPIC EXAMINATION', 'MICROSCOPIC DESCRIPTION', 'HISTOLOGY'],
        lines: some(
          rng,
          [
            'Heart: {interstitial fibrosis and myocyte hypertrophy|coagulative necrosis of myocytes with neutrophilic infiltrate|no significant abnormality}.',
            'Lungs: {intra-alveolar edema and congestion|neutrophilic exudate filling alveoli|organizing thromboemboli in medium-sized arteries}.',
            'Liver: {mild macrovesicular steatosis|bridging fibrosis with regenerative nodules|centrilobular congestion}.',
            'Kidneys: {arterionephrosclerosis|acute tubular injury|unremarkable}.',
            'Brain: {no significant abnormality|red neurons consistent with hypoxic-ischemic injury}.',
          ].map(fill),
          2,
          5,
        ),
      });
    }
    if (a.toxicology)
      sections.push({
        names: ['TOXICOLOGY', 'TOXICOLOGY RESULTS', 'LABORATORY STUDIES'],
        lines: a.toxicology.map(fill),
      });
    else if (me)
      sections.push({
        names: ['TOXICOLOGY'],
        lines: ['Blood ethanol and comprehensive drug screen: none detected.'],
      });
  }
  if (!sections.includes(causeSection))
    sections.push(causeSection, ...(me || rng.chance(0.6) ? [mannerSection] : []));
  if (rng.chance(0.6) && !preliminary) {
    sections.push({
      names: me
        ? ['OPINION', 'SUMMARY AND OPINION', 'PATHOLOGIST’S OPINION']
        : ['CLINICOPATHOLOGIC CORRELATION', 'SUMMARY AND COMMENT', 'COMMENT', 'OPINION'],
      lines: [
        capitalise(
          fill(`{In my opinion, |Based on the autopsy findings and the available history, |}${a.opinion}.`),
        ),
      ],
    });
  }
  const tail = signature(
    doc,
    me
      ? rng.pick(['Medical Examiner', 'Forensic Pathologist', 'Deputy Chief Medical Examiner'])
      : rng.pick(['Pathologist', 'Autopsy Pathologist']),
  );
  return finish(
    [
      ...topMatter(doc, heading, meta, me ? 0.3 : 0.6, 0.35),
      ...renderSections(rng, sections, doc.layout),
      ...tail,
    ],
    doc.layout,
  );
}

// ---------------------------------------------------------------------------------------------
// Other chart paper

function faxCover(doc: Doc): string[] {
  const { rng } = doc;
  const to = rng.pick([
    salutationName(clinician(rng)),
    'Medical Records',
    'Utilization Review',
    'Health Information Management',
    'Referral Coordinator',
    'Pharmacy',
  ]);
  const lines = [
    rng.chance(0.5) ? doc.facility.toUpperCase() : doc.facility,
    rng.pick(['FAX COVER SHEET', 'FACSIMILE TRANSMITTAL', 'FAX', 'Fax Cover Sheet', 'CONFIDENTIAL FAX']),
    '',
    `To: ${to}${rng.chance(0.5) ? `    Fax: (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}` : ''}`,
    `From: ${rng.chance(0.5) ? clinicianName(rng, doc.author) : rng.pick(['Medical Records', 'Dr. ' + doc.author.family + '’s office', 'Nursing Station 4B', 'Scheduling'])}${rng.chance(0.5) ? `    Phone: (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}` : ''}`,
    `Date: ${ds(doc, doc.date)}${rng.chance(0.4) ? ` ${randomTime(rng, 8, 18)}` : ''}`,
    `${rng.pick(['Pages (including cover)', 'Number of pages', 'Pages'])}: ${rng.int(2, 24)}`,
    `Re: ${f(doc, rng.pick(['{Records request|Requested records}', 'Lab results', 'Referral', 'Prior authorization', 'Patient ' + doc.patient.family + ', DOB ' + ds(doc, doc.patient.birthDate), 'Orders for signature', 'Discharge paperwork']))}`,
    '',
    [
      checkbox(rng, 'Urgent'),
      checkbox(rng, 'For review'),
      checkbox(rng, 'Please comment'),
      checkbox(rng, 'Please reply'),
    ].join('  '),
    '',
  ];
  if (rng.chance(0.7))
    lines.push(
      `Comments: ${f(doc, rng.pick(['Please see attached records as requested.', 'Attached are the results. Please call with questions.', 'Please sign and fax back the orders.', 'Records for upcoming appointment on ' + ds(doc, addDays(doc.date, rng.int(3, 30))) + '.', '']))}`,
      '',
    );
  lines.push(
    rng.pick([
      'CONFIDENTIALITY NOTICE: The pages that follow contain private health information meant only for the person named above. If you received this fax by mistake, please tell the sender by telephone at once and destroy all copies. Any other use or sharing of this information is not allowed.',
      'This fax may contain confidential patient information protected by law. If you are not the intended recipient, do not read, copy or share it; notify the sender immediately and destroy the document.',
      'PRIVILEGED AND CONFIDENTIAL. Intended only for the addressee. If received in error, please call us and shred these pages.',
    ]),
  );
  return lines;
}

function faceSheet(doc: Doc): string[] {
  const { rng } = doc;
  const p = doc.patient;
  const sub =
    doc.child || rng.chance(0.3)
      ? `${rng.pick(['Maria', 'John', 'Robert', 'Linda'])} ${p.family}`
      : `${p.given[0] ?? ''} ${p.family}`;
  const plan = rng.pick([
    'Acme Health Plan PPO',
    'Prairie Mutual Insurance HMO',
    'Medicare Part A/B',
    'State Medicaid',
    'Lakeshore Health Plan',
    'Keystone Benefits EPO',
    'Self-pay',
  ]);
  const lines = [
    rng.chance(0.5) ? doc.facility.toUpperCase() : doc.facility,
    rng.pick([
      'PATIENT REGISTRATION / FACE SHEET',
      'FACE SHEET',
      'ADMISSION FACE SHEET',
      'PATIENT DEMOGRAPHICS',
      'REGISTRATION RECORD',
    ]),
    '',
    `Patient: ${p.family.toUpperCase()}, ${p.given.join(' ').toUpperCase()}    MRN: ${p.mrn}    Account: ${rng.int(10_000_000, 99_999_999)}`,
    `DOB: ${ds(doc, p.birthDate)}    Age: ${doc.age}    Sex: ${p.sex === 'female' ? 'F' : 'M'}    Marital status: ${doc.child ? 'Single' : rng.pick(['Married', 'Single', 'Widowed', 'Divorced'])}`,
    `Address: ${p.address}, ${p.city}, ${p.state} ${p.postalCode}`,
    `Phone: (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}    Language: ${rng.pick(['English', 'English', 'Spanish', 'Vietnamese'])}`,
    `Admit date: ${ds(doc, doc.date)} ${randomTime(rng)}    Admit type: ${rng.pick(['Emergency', 'Elective', 'Urgent', 'Outpatient'])}    Unit: ${rng.pick(doc.child ? ['Pediatrics', 'PICU', 'Day Surgery'] : p.sex === 'female' && doc.age < 45 ? ['4 West', 'L&D', 'Day Surgery'] : ['4 West', 'ICU', 'Day Surgery', 'Telemetry'])}`,
    `Attending: ${clinicianName(rng, doc.author)}`,
    '',
    `Emergency contact: ${rng.pick(doc.child ? ['Mother', 'Father', 'Grandmother'] : ['Spouse', 'Daughter', 'Son', 'Sister', 'Friend'])}, (${rng.int(200, 989)}) 555-0${rng.int(100, 199)}`,
    `Guarantor: ${sub}    Relationship: ${sub === `${p.given[0] ?? ''} ${p.family}` ? 'Self' : doc.child ? 'Parent' : 'Spouse'}`,
    '',
    'PRIMARY INSURANCE',
    `Plan: ${plan}`,
    `Policy #: ${rng.pick(['XQ', 'PM', 'LH', 'KB'])}${rng.int(10_000_000, 99_999_999)}    Group #: ${rng.int(10_000, 99_999)}`,
    `Subscriber: ${sub}`,
  ];
  if (rng.chance(0.4))
    lines.push('', 'SECONDARY INSURANCE', `Plan: ${rng.pick(['Medicare supplement', 'Tricare', 'None'])}`);
  if (rng.chance(0.4))
    lines.push(
      '',
      `Advance directive on file: ${rng.pick(['Yes', 'No'])}    Organ donor: ${rng.pick(['Yes', 'No', 'Unknown'])}`,
    );
  return lines;
}

function claimForm(doc: Doc): string[] {
  const { rng } = doc;
  const c = rng.pick(CASES);
  const codes = some(
    rng,
    [
      'I10',
      'E11.9',
      'J18.9',
      'N39.0',
      'M17.11',
      'K80.20',
      'I48.91',
      'R07.9',
      'J44.1',
      'S82.61XA',
      'I50.23',
      'K35.80',
      'Z00.00',
      'M54.16',
      'N20.0',
    ],
    1,
    4,
  );
  const lines = [
    rng.pick([
      'HEALTH INSURANCE CLAIM FORM',
      'PRIOR AUTHORIZATION REQUEST',
      'CLAIM FOR REIMBURSEMENT',
      'REQUEST FOR PRECERTIFICATION',
    ]),
    rng.pick(['Acme Health Plan', 'Prairie Mutual Insurance', 'Lakeshore Health Plan', 'Keystone Benefits']),
    '',
    `1. Insured’s ID number: ${rng.pick(['XQ', 'PM', 'LH'])}${rng.int(10_000_000, 99_999_999)}`,
    `2. Patient’s name (last, first): ${doc.patient.family}, ${doc.patient.given[0] ?? ''}`,
    `3. Patient’s birth date: ${ds(doc, doc.patient.birthDate)}    Sex: ${checkbox(rng, 'M', doc.patient.sex === 'male')} ${checkbox(rng, 'F', doc.patient.sex === 'female')}`,
    `4. Patient’s address: ${doc.patient.address}, ${doc.patient.city}, ${doc.patient.state} ${doc.patient.postalCode}`,
    `5. Is the condition related to: employment ${checkbox(rng, 'Yes', false)} ${checkbox(rng, 'No', true)}  auto accident ${checkbox(rng, 'Yes', false)} ${checkbox(rng, 'No', true)}`,
    `6. Date of service: ${ds(doc, doc.date)}`,
    `7. Diagnosis codes (ICD-10): ${codes.join('   ')}`,
    `8. Service: ${f(doc, rng.pick(['{Office visit, established patient|New patient visit}', 'Inpatient admission', 'Outpatient surgery: ' + pf(doc, rng.pick(PROCEDURES).names), 'MRI ' + rng.pick(['lumbar spine', 'brain', 'knee']), 'Physical therapy, {8|12} visits']))}`,
    `9. Charges: $${rng.int(95, 9800)}.00    Amount paid: $${rng.chance(0.6) ? '0.00' : `${rng.int(10, 90)}.00`}`,
    `10. Rendering provider: ${clinicianName(rng, doc.author)}    NPI: ${rng.int(1_000_000_000, 1_999_999_999)}`,
    `11. Facility: ${doc.facility}`,
  ];
  if (rng.chance(0.5)) lines.push(`12. Clinical justification: ${f(doc, rng.pick(c.hpi))}`);
  lines.push(
    '',
    `Signature of physician or supplier: ${blank(rng)}    Date: ${ds(doc, addDays(doc.date, rng.int(0, 10)))}`,
  );
  return lines;
}

function medicationRecord(doc: Doc): string[] {
  const { rng } = doc;
  const nurses = [clinician(rng, ['RN']), clinician(rng, ['RN']), clinician(rng, ['LPN', 'RN'])];
  const initials = nurses.map((n) => `${n.given.charAt(0)}${n.family.charAt(0)}`);
  const meds = some(rng, MEDICATIONS, 4, 9).map((t) => f(doc, t));
  const lines = [
    rng.pick([
      'MEDICATION ADMINISTRATION RECORD',
      'MAR',
      'MEDICATION ADMINISTRATION RECORD (MAR)',
      'Medication Administration Record',
      'eMAR SUMMARY',
    ]),
    `${rng.pick(['Date range', 'Period', 'For'])}: ${ds(doc, doc.date)} 0700 - ${ds(doc, addDays(doc.date, 1))} 0659`,
    `Allergies: ${rng.pick(['NKDA', 'Penicillin', 'Sulfa', 'Codeine', 'Latex'])}    Unit: ${rng.pick(['4 West', '5 North', 'ICU', 'Telemetry'])}    Room: ${rng.int(100, 699)}-${rng.pick(['A', 'B'])}`,
    '',
    rng.chance(0.5)
      ? 'MEDICATION / DOSE / ROUTE / FREQUENCY            TIMES GIVEN'
      : 'Scheduled medications',
  ];
  for (const med of meds) {
    const times = some(rng, ['0600', '0800', '0900', '1200', '1400', '1700', '2100', '2200'], 1, 3);
    const given = times.map(
      (time) =>
        `${time} ${rng.chance(0.9) ? rng.pick(initials) : rng.pick(['HELD - NPO', 'REFUSED', 'HELD - HR 52', 'NOT GIVEN'])}`,
    );
    const route = /p\.o\./.test(med)
      ? ''
      : /insulin/.test(med)
        ? 'SQ'
        : /inhaler|nasal/.test(med)
          ? 'INH'
          : rng.chance(0.85)
            ? 'PO'
            : 'IV';
    lines.push(`${capitalise(med)}${route ? ` ${route}` : ''}    ${given.join('   ')}`);
  }
  lines.push('', rng.pick(['PRN medications', 'AS NEEDED']));
  for (const prn of some(
    rng,
    [
      'Acetaminophen 650 mg PO q6h PRN pain or fever',
      'Ondansetron 4 mg IV q8h PRN nausea',
      'Oxycodone 5 mg PO q4h PRN pain 4-6',
      'Melatonin 3 mg PO at bedtime PRN sleep',
      'Albuterol 2.5 mg neb q4h PRN wheeze',
    ],
    1,
    3,
  )) {
    lines.push(
      `${prn}    ${rng.chance(0.6) ? `${randomTime(rng).replace(':', '')} ${rng.pick(initials)}  pain ${rng.int(3, 8)}/10 -> ${rng.int(0, 4)}/10` : 'not given'}`,
    );
  }
  lines.push(
    '',
    `Initials key: ${nurses.map((n, i) => `${initials[i] ?? ''} = ${n.given.charAt(0)}. ${n.family}, ${n.credential}`).join('; ')}`,
  );
  return lines;
}

function flowsheet(doc: Doc): string[] {
  const { rng } = doc;
  const initials = `${doc.author.given.charAt(0)}${doc.author.family.charAt(0)}`;
  const lines = [
    rng.pick([
      'VITAL SIGNS FLOWSHEET',
      'NURSING FLOWSHEET',
      'INTAKE AND OUTPUT RECORD',
      'Nursing Assessment Flowsheet',
      'GRAPHIC RECORD',
    ]),
    `Date: ${ds(doc, doc.date)}    Unit: ${rng.pick(['4 West', 'Step-down', 'Med/Surg 3', 'PACU', 'Pediatrics'])}`,
    '',
    'Time   BP        HR   RR   Temp   SpO2   Pain   Init',
  ];
  let hour = rng.int(0, 6);
  for (let i = 0; i < rng.int(4, 8); i++) {
    hour = (hour + rng.pick([2, 4, 4, 4])) % 24;
    const bp = `${rng.int(98, 168)}/${rng.int(52, 96)}`;
    lines.push(
      `${String(hour).padStart(2, '0')}00   ${bp.padEnd(9)} ${String(rng.int(58, 118)).padEnd(4)} ${String(rng.int(12, 24)).padEnd(4)} ${(rng.int(362, 384) / 10).toFixed(1).padEnd(6)} ${String(rng.int(90, 100)).padEnd(6)} ${String(rng.int(0, 8)).padEnd(6)} ${initials}`,
    );
  }
  lines.push(
    '',
    `INTAKE: PO ${rng.int(200, 1800)} mL   IV ${rng.int(0, 2400)} mL    OUTPUT: Urine ${rng.int(300, 2800)} mL   ${rng.pick(['Drain 40 mL', 'Emesis 0', 'Stool x1', 'NG 250 mL'])}`,
    '',
    'ASSESSMENT',
    `Neuro: ${rng.pick(['A&O x3', 'A&O x2, pleasantly confused', 'Alert, follows commands'])}   Resp: ${rng.pick(['Even, unlabored', '2 L NC', 'Diminished bases'])}   Skin: ${rng.pick(['Intact', 'Stage 2 sacral, dressing changed', 'Incision C/D/I'])}`,
    `Fall risk score: ${rng.int(15, 85)} (${rng.pick(['low', 'moderate', 'high'])})   Braden score: ${rng.int(11, 23)}`,
    `${checkbox(rng, 'Bed alarm on')}  ${checkbox(rng, 'SCDs on')}  ${checkbox(rng, 'Call light in reach', true)}  ${checkbox(rng, 'Turned q2h')}`,
    '',
    `Signature: ${clinicianName(rng, { ...doc.author, credential: 'RN' })}`,
  );
  return lines;
}

function questionnaire(doc: Doc): string[] {
  const { rng } = doc;
  const kind = rng.pick(['intake', 'mood', 'pain', 'sleep'] as const);
  const scale = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
  const lines = [
    {
      intake: rng.pick([
        'NEW PATIENT HEALTH QUESTIONNAIRE',
        'PATIENT INTAKE FORM',
        'Health History Questionnaire',
      ]),
      mood: rng.pick(['MOOD QUESTIONNAIRE', 'Emotional Health Check-In', 'PATIENT WELL-BEING SURVEY']),
      pain: rng.pick(['PAIN QUESTIONNAIRE', 'Pain Assessment Form', 'BACK PAIN QUESTIONNAIRE']),
      sleep: rng.pick(['SLEEP QUESTIONNAIRE', 'Sleep Habits Survey']),
    }[kind],
    `Name: ${rng.chance(0.7) ? `${doc.patient.given[0] ?? ''} ${doc.patient.family}` : blank(rng)}    Date: ${ds(doc, doc.date)}`,
    '',
  ];
  if (kind === 'intake') {
    lines.push('Please answer the following questions. Your answers help us take care of you.', '');
    for (const q of some(
      rng,
      [
        'Do you smoke or use tobacco?',
        'Do you drink alcohol?',
        'Have you ever had surgery?',
        'Do you have diabetes?',
        'Do you have high blood pressure?',
        'Have you had a fall in the past year?',
        'Do you feel safe at home?',
        'Do you have any allergies to medicines?',
        'Has anyone in your family had heart disease?',
        'Are you currently pregnant?',
      ],
      5,
      9,
    )) {
      const yes = rng.chance(0.3);
      lines.push(`${q}   ${checkbox(rng, 'Yes', yes)} ${checkbox(rng, 'No', !yes)}`);
    }
    lines.push(
      '',
      `Please list your current medications: ${rng.chance(0.6) ? medicationLines(doc, true).join(' ') : blank(rng, 40)}`,
      `Reason for today’s visit: ${rng.chance(0.7) ? pf(doc, rng.pick(CASES).complaint) : blank(rng, 30)}`,
    );
  } else if (kind === 'mood') {
    lines.push(
      'Over the last two weeks, how often have you been bothered by the following?',
      '(0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day)',
      '',
    );
    let total = 0;
    for (const q of [
      'Feeling little pleasure in things you usually enjoy',
      'Feeling sad, low or hopeless',
      'Trouble sleeping, or sleeping too much',
      'Feeling tired or having little energy',
      'Changes in appetite',
      'Feeling bad about yourself',
      'Trouble concentrating',
      'Feeling nervous or on edge',
      'Worrying too much about different things',
    ]) {
      const score = rng.int(0, 3);
      total += score;
      lines.push(
        rng.chance(0.5)
          ? `${q}: ${score}`
          : `${q}   ${scale.map((s, i) => checkbox(rng, s, i === score)).join(' ')}`,
      );
    }
    lines.push(
      '',
      `Total score: ${rng.chance(0.7) ? String(total) : blank(rng, 6)}   ${rng.chance(0.4) ? `Reviewed by: ${clinicianName(rng, doc.author)}` : ''}`.trimEnd(),
    );
  } else if (kind === 'pain') {
    lines.push(
      `Where is your pain? ${rng.pick(['Lower back', 'Right knee', 'Neck and shoulders', 'Both feet', 'Abdomen'])}`,
      `How long have you had this pain? ${rng.pick(['2 weeks', '3 months', 'Over a year', '6 weeks'])}`,
      `Rate your pain now (0-10): ${rng.int(1, 9)}    At its worst: ${rng.int(5, 10)}    At its best: ${rng.int(0, 4)}`,
      `The pain feels (circle): ${some(
        rng,
        ['aching', 'sharp', 'burning', 'throbbing', 'stabbing', 'numb', 'tingling'],
        1,
        3,
      )
        .map((w) => `(${w})`)
        .join(' ')}`,
      `What makes it worse? ${rng.pick(['Sitting', 'Walking', 'Bending', 'Cold weather', 'Lifting'])}    What helps? ${rng.pick(['Rest', 'Ice', 'Heat', 'Ibuprofen', 'Nothing'])}`,
      `Does pain wake you at night?   ${rng.chance(0.5) ? `${checkbox(rng, 'Yes', true)} ${checkbox(rng, 'No', false)}` : `${checkbox(rng, 'Yes', false)} ${checkbox(rng, 'No', true)}`}`,
      `How much does pain interfere with your work (0-10)? ${rng.int(0, 10)}`,
    );
  } else {
    lines.push(
      'How likely are you to doze off in these situations? (0 = never, 1 = slight, 2 = moderate, 3 = high chance)',
      '',
    );
    for (const q of [
      'Sitting and reading',
      'Watching television',
      'As a passenger in a car for an hour',
      'Lying down in the afternoon',
      'Sitting quietly after lunch',
      'In a car stopped in traffic',
    ])
      lines.push(`${q}: ${rng.int(0, 3)}`);
    const snore = rng.chance(0.5);
    const apnea = rng.chance(0.3);
    lines.push(
      '',
      `Do you snore loudly?   ${checkbox(rng, 'Yes', snore)} ${checkbox(rng, 'No', !snore)}`,
      `Has anyone seen you stop breathing in your sleep?   ${checkbox(rng, 'Yes', apnea)} ${checkbox(rng, 'No', !apnea)}`,
      `Usual bedtime: ${rng.int(9, 12)} pm    Wake time: ${rng.int(5, 8)} am`,
    );
  }
  lines.push('', `Patient signature: ${blank(rng)}`);
  return lines;
}

function independentExam(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const c = pickCase(rng, ['outpatient']);
  const doc = caseDoc(rng, pool, c);
  const injury = addDays(doc.date, -rng.int(120, 1500));
  const heading = rng.pick([
    'INDEPENDENT MEDICAL EVALUATION',
    'QUALIFIED MEDICAL EVALUATION',
    'INDEPENDENT MEDICAL EXAMINATION REPORT',
    'AGREED MEDICAL EVALUATION',
    'IME REPORT',
  ]);
  const meta = [
    `${label(doc, usual(rng, ['CLAIMANT', 'EXAMINEE']))}: ${doc.patient.given[0] ?? ''} ${doc.patient.family}`,
    `${label(doc, 'DATE OF INJURY')}: ${ds(doc, injury)}`,
    `${label(doc, 'DATE OF EVALUATION')}: ${ds(doc, doc.date)}`,
    `${label(doc, usual(rng, ['CLAIM NUMBER', 'CLAIM #']))}: ${rng.int(100_000, 999_999)}-${rng.pick(['WC', 'LT', 'AU'])}`,
    `${label(doc, 'EMPLOYER')}: ${rng.pick(['Northfield Distribution', 'County School District', 'Summit Construction', 'Harbor Foods'])}`,
  ];
  const sections: Section[] = [
    {
      names: ['INTRODUCTION', 'PURPOSE OF EVALUATION'],
      lines: [
        f(
          doc,
          `{At the request of|As requested by} {the claims administrator|the defense attorney|the applicant’s attorney|the insurance carrier}, I {evaluated|examined} the claimant on ${ds(doc, doc.date)}. {No treating relationship exists or is implied.|The claimant was advised that no doctor-patient relationship is established by this evaluation.}`,
        ),
      ],
    },
    {
      names: ['RECORDS REVIEWED', 'REVIEW OF RECORDS', 'MEDICAL RECORDS REVIEWED'],
      lines: some(
        rng,
        [
          'Emergency department record, ' + ds(doc, injury),
          'Primary treating physician reports',
          'Physical therapy notes, 24 visits',
          'MRI report',
          'Employer’s first report of injury',
          'Prior evaluation reports',
          'Pharmacy records',
        ],
        3,
        6,
      ),
      list: true,
    },
    {
      names: ['HISTORY OF INJURY', 'HISTORY'],
      lines: [
        f(
          doc,
          `{The claimant reports that on|On} ${ds(doc, injury)} {he} {was lifting a box|slipped on a wet floor|was struck by a falling object|was rear-ended while driving a company vehicle} at work. `,
        ) +
          some(rng, c.hpi, 1, 3)
            .map((t) => f(doc, t))
            .join(' '),
      ],
    },
    {
      names: ['CURRENT COMPLAINTS', 'PRESENT COMPLAINTS'],
      lines: [
        f(
          doc,
          `{He} {reports|describes} ${pf(doc, c.complaint)}, rated {4|5|6|7}/10, worse with {prolonged standing|lifting|sitting}.`,
        ),
      ],
    },
    { names: ['PHYSICAL EXAMINATION', 'EXAMINATION'], lines: examLines(doc, c) },
    { names: ['DIAGNOSES', 'DIAGNOSIS', 'DIAGNOSTIC IMPRESSION'], lines: [pf(doc, c.diagnoses)], list: true },
    {
      names: ['DISCUSSION', 'CAUSATION', 'DISCUSSION AND CAUSATION'],
      lines: [
        f(
          doc,
          '{Within reasonable medical probability|Based on the history, records and examination}, the {condition|injury} {is|is not} {industrially related|causally related to the reported incident}.',
        ),
      ],
    },
    {
      names: ['APPORTIONMENT'],
      lines: [
        f(
          doc,
          '{Seventy|Eighty|One hundred} percent of the permanent disability is apportioned to the industrial injury{ and the remainder to preexisting degenerative disease|}.',
        ),
      ],
    },
    {
      names: ['MAXIMUM MEDICAL IMPROVEMENT', 'PERMANENT AND STATIONARY STATUS'],
      lines: [
        f(
          doc,
          '{The claimant has|The claimant has not yet} reached maximum medical improvement. {Whole person impairment is estimated at {5|8|12}%.|}',
        ),
      ],
    },
    {
      names: ['WORK STATUS', 'WORK RESTRICTIONS'],
      lines: [
        f(
          doc,
          '{Modified duty: no lifting over {15|25} pounds and no repetitive bending.|May return to full duty.|Temporarily totally disabled until re-evaluation.}',
        ),
      ],
    },
    {
      names: ['FUTURE MEDICAL CARE'],
      lines: [
        f(
          doc,
          '{Access to|Allowance for} {physical therapy flare-ups|anti-inflammatory medication|an orthopedic re-evaluation} is reasonable.',
        ),
      ],
    },
  ];
  const kept = sections.filter((s, i) => i < 5 || rng.chance(0.75));
  const tail = [
    '',
    rng.pick([
      'I declare under penalty of perjury that the information in this report is true and correct to the best of my knowledge, and that I personally examined the claimant.',
      'The opinions above are my own, stated within reasonable medical probability, and are based on the records reviewed and my examination.',
    ]),
    ...signature(
      doc,
      rng.pick([
        'Independent Medical Examiner',
        'Qualified Medical Evaluator',
        'Diplomate, American Board of Orthopaedic Surgery',
      ]),
    ),
  ];
  return finish(
    [
      ...topMatter(doc, rng.chance(0.85) ? heading : null, meta, 0.2, 0.4),
      ...renderSections(rng, kept, doc.layout),
      ...tail,
    ],
    doc.layout,
  );
}

function ecgPrintout(doc: Doc): string[] {
  const { rng } = doc;
  const rate = rng.int(48, 132);
  const pr = rng.int(120, 240);
  const qrs = rng.int(72, 142);
  const qt = rng.int(340, 460);
  const rhythm =
    rate > 100
      ? rng.pick(['Sinus tachycardia', 'Atrial fibrillation with rapid ventricular response'])
      : rate < 60
        ? 'Sinus bradycardia'
        : rng.pick(['Normal sinus rhythm', 'Sinus rhythm', 'Atrial fibrillation']);
  const extra = some(
    rng,
    [
      'Left ventricular hypertrophy',
      'Right bundle branch block',
      'Nonspecific ST-T wave abnormality',
      'Left axis deviation',
      'Prolonged QT',
      'Anterior infarct, age undetermined',
      'Low voltage QRS',
    ],
    0,
    2,
  );
  return [
    rng.pick(['12-LEAD ECG', 'ELECTROCARDIOGRAM', 'RESTING ECG REPORT', 'EKG']),
    `${doc.patient.family.toUpperCase()}, ${(doc.patient.given[0] ?? '').toUpperCase()}    ID: ${doc.patient.mrn}    ${ds(doc, doc.date)} ${randomTime(rng)}`,
    `${doc.age} yr    ${doc.patient.sex === 'female' ? 'Female' : 'Male'}    Room: ${rng.pick(['ED 12', '4W-402', 'Clinic', 'Pre-op'])}`,
    '',
    `Vent. rate ${rate} BPM`,
    `PR interval ${pr} ms`,
    `QRS duration ${qrs} ms`,
    `QT/QTc ${qt}/${qt + rng.int(5, 60)} ms`,
    `P-R-T axes ${rng.int(-10, 80)} ${rng.int(-45, 100)} ${rng.int(-20, 90)}`,
    '',
    rhythm,
    ...extra,
    extra.length === 0 && rhythm.includes('inus rhythm')
      ? 'Normal ECG'
      : rng.pick(['Abnormal ECG', 'Borderline ECG']),
    rng.chance(0.5)
      ? `When compared with ECG of ${ds(doc, addDays(doc.date, -rng.int(30, 900)))}, ${rng.pick(['no significant change was found', 'rate has increased', 'ST changes are new'])}`
      : '',
    '',
    `${rng.pick(['Confirmed by', 'Read by', 'Overread by'])} ${clinicianName(rng, doc.author)} on ${ds(doc, addDays(doc.date, rng.int(0, 1)))}`,
  ];
}

function orders(rng: Prng, pool: readonly SyntheticPatient[]): string[] {
  const c = pickCase(rng, ['inpatient']);
  const doc = caseDoc(rng, pool, c);
  if (rng.chance(0.4)) {
    // A printed prescription.
    const med = capitalise(pf(doc, MEDICATIONS));
    return [
      rng.chance(0.5) ? doc.facility : `${clinicianName(rng, doc.author)}`,
      rng.pick(['PRESCRIPTION', 'Rx', 'OUTPATIENT PRESCRIPTION']),
      '',
      `Patient: ${doc.patient.given[0] ?? ''} ${doc.patient.family}    DOB: ${ds(doc, doc.patient.birthDate)}`,
      `Date: ${ds(doc, doc.date)}`,
      '',
      `Rx: ${med}`,
      `Disp: ${rng.pick(['#30 (thirty)', '#60 (sixty)', '#90 (ninety)', '#30', '#14', '#21', '1 inhaler'])}`,
      `Sig: ${f(doc, '{Take one tablet by mouth daily|Take one tablet twice a day with food|Take as directed|Inhale 2 puffs every 4 hours as needed}')}`,
      `Refills: ${rng.int(0, 5)}    ${checkbox(rng, 'Substitution permitted', true)}`,
      '',
      `Prescriber: ${clinicianName(rng, doc.author)}    NPI: ${rng.int(1_000_000_000, 1_999_999_999)}`,
      `Signature: ${blank(rng)}`,
    ];
  }
  const lines = [
    rng.pick([
      'PHYSICIAN ORDERS',
      'ADMISSION ORDERS',
      'POSTOPERATIVE ORDERS',
      'ORDER SHEET',
      'Provider Orders',
    ]),
    `Date/Time: ${ds(doc, doc.date)} ${randomTime(rng)}`,
    `Allergies: ${rng.pick(['NKDA', 'Penicillin', 'Sulfa', 'None known'])}    Weight: ${rng.int(50, 120)} kg`,
    '',
  ];
  const items = [
    `Admit to: ${rng.pick(['Medicine', 'Telemetry', 'Surgery', 'ICU', 'Observation'])}    Attending: ${clinicianName(rng, doc.author)}`,
    `Diagnosis: ${pf(doc, c.diagnoses)}`,
    `Condition: ${rng.pick(['Stable', 'Fair', 'Guarded'])}    Code status: ${rng.pick(['Full code', 'DNR/DNI'])}`,
    `Vitals: ${rng.pick(['q4h', 'q2h x4 then q4h', 'per unit routine'])}`,
    `Activity: ${rng.pick(['Ambulate with assistance', 'Bed rest', 'Up ad lib', 'Out of bed to chair TID'])}`,
    `Diet: ${rng.pick(['NPO after midnight', 'Cardiac', 'Clear liquids, advance as tolerated', 'Regular', 'Consistent carbohydrate'])}`,
    `IV fluids: ${rng.pick(['Lactated Ringer’s at 100 mL/h', 'Normal saline at 75 mL/h', 'Saline lock'])}`,
    ...some(rng, c.plan, 1, 3).map((t) => f(doc, t)),
    `Labs: ${rng.pick(['CBC, BMP in AM', 'CBC, CMP, magnesium daily', 'Troponin q6h x2'])}`,
    `Notify provider for: ${rng.pick(['SBP < 90 or > 180, HR < 50 or > 120, temp > 38.5 C', 'urine output < 30 mL/h', 'any change in mental status'])}`,
  ];
  lines.push(...some(rng, items, 5, items.length).map((item, i) => `${i + 1}. ${item}`));
  lines.push(
    '',
    `${rng.pick(['Ordering provider', 'Signature'])}: ${clinicianName(rng, doc.author)}    ${rng.chance(0.5) ? `Read back and verified by: ${clinicianName(rng, clinician(rng, ['RN']))}` : ''}`.trimEnd(),
  );
  return lines;
}

function patientInstructions(rng: Prng, pool: readonly SyntheticPatient[]): string[] {
  const c = pickCase(rng, ['ed', 'inpatient', 'outpatient']);
  const doc = caseDoc(rng, pool, c);
  const dx = pf(doc, c.diagnoses);
  return [
    doc.facility,
    rng.pick([
      'PATIENT DISCHARGE INSTRUCTIONS',
      'AFTER VISIT SUMMARY',
      'Going Home Instructions',
      'PATIENT EDUCATION',
      'YOUR VISIT SUMMARY',
    ]),
    '',
    `${doc.patient.given[0] ?? ''} ${doc.patient.family}    ${ds(doc, doc.date)}`,
    '',
    f(doc, `You were {seen today|cared for} for: ${dx}.`),
    '',
    'WHAT TO DO AT HOME',
    ...some(
      rng,
      [
        'Take your medicines exactly as prescribed.',
        'Drink plenty of fluids.',
        'Rest and slowly return to your usual activities.',
        'Keep your wound clean and dry. You may shower after 48 hours.',
        'Do not drive while taking pain medicine.',
        'Weigh yourself every morning and write it down.',
        'Use ice for 20 minutes at a time, several times a day.',
      ],
      2,
      5,
    ).map((t) => `- ${t}`),
    '',
    'CALL YOUR DOCTOR OR RETURN IF YOU HAVE:',
    ...some(
      rng,
      [
        'Fever over 101 F (38.3 C)',
        'Pain that gets worse',
        'Trouble breathing',
        'Chest pain',
        'Vomiting and cannot keep fluids down',
        'Redness or drainage from the wound',
        'New weakness or numbness',
      ],
      2,
      4,
    ).map((t) => `- ${t}`),
    '',
    `Follow-up: ${f(doc, rng.pick(['See your primary care provider in {3 to 5 days|1 week}.', 'Your appointment with ' + rng.pick(c.service) + ' is on ' + ds(doc, addDays(doc.date, rng.int(5, 30))) + '.']))}`,
    '',
    `I have received and understand these instructions. Patient/caregiver signature: ${blank(rng)}`,
  ];
}

function advanceDirective(doc: Doc): string[] {
  const { rng } = doc;
  const agent = `${rng.pick(['Maria', 'John', 'Robert', 'Linda', 'Ahmed', 'Mei'])} ${rng.chance(0.6) ? doc.patient.family : rng.pick(['Lopez', 'Carter', 'Kim'])}`;
  return [
    rng.pick([
      'HEALTH CARE PROXY',
      'ADVANCE DIRECTIVE FOR HEALTH CARE',
      'DURABLE POWER OF ATTORNEY FOR HEALTH CARE',
      'MEDICAL ORDERS FOR LIFE-SUSTAINING TREATMENT',
    ]),
    '',
    `I, ${doc.patient.given.join(' ')} ${doc.patient.family}, born ${ds(doc, doc.patient.birthDate)}, appoint ${agent} as my health care agent to make health care decisions for me if I am unable to make them myself.`,
    '',
    'My wishes regarding life-sustaining treatment:',
    `${checkbox(rng, 'I want all treatments that may prolong my life.')}`,
    `${checkbox(rng, 'I do not want cardiopulmonary resuscitation (CPR).')}`,
    `${checkbox(rng, 'I do not want to be placed on a breathing machine.')}`,
    `${checkbox(rng, 'I want comfort measures only.')}`,
    `${checkbox(rng, 'I wish to donate my organs and tissues.')}`,
    '',
    `Other instructions: ${rng.chance(0.5) ? rng.pick(['I want to die at home if possible.', 'Please consult my daughter before any major surgery.', 'No feeding tube.']) : blank(rng, 40)}`,
    '',
    signLine(doc, 'Signature of declarant', null),
    signLine(doc, 'Witness 1', null),
    signLine(doc, 'Witness 2', null),
    rng.chance(0.5) ? `Notary public: ${blank(rng)}    My commission expires: ${blank(rng, 10)}` : '',
  ];
}

function referralForm(doc: Doc): string[] {
  const { rng } = doc;
  const c = rng.pick(CASES);
  return [
    rng.pick(['REFERRAL REQUEST', 'REFERRAL FORM', 'Specialty Referral Request', 'OUTPATIENT REFERRAL']),
    '',
    `Referral date: ${ds(doc, doc.date)}    Priority: ${rng.pick(['Routine', 'Urgent', 'STAT'])}`,
    `Patient: ${doc.patient.family}, ${doc.patient.given[0] ?? ''}    DOB: ${ds(doc, doc.patient.birthDate)}    MRN: ${doc.patient.mrn}`,
    `Referring provider: ${clinicianName(rng, doc.author)}`,
    `Referred to: ${f(doc, rng.pick(c.service))}${rng.chance(0.5) ? ` - ${salutationName(clinician(rng))}` : ''}`,
    `Reason for referral: ${capitalise(pf(doc, c.complaint))}`,
    `Diagnosis: ${pf(doc, c.diagnoses)}`,
    `Insurance authorization #: ${rng.chance(0.5) ? `AUTH${rng.int(100_000, 999_999)}` : 'Pending'}    Visits approved: ${rng.int(1, 6)}`,
    `${checkbox(rng, 'Records attached')}  ${checkbox(rng, 'Imaging attached')}  ${checkbox(rng, 'Patient notified')}`,
    '',
    `Scheduler notes: ${rng.pick(['Left voicemail for patient.', 'Appointment scheduled.', 'Patient prefers mornings.', ''])}`,
  ];
}

export function otherDocument(rng: Prng, pool: readonly SyntheticPatient[]): string {
  const kind = weighted(rng, [
    ['fax', 13],
    ['face', 9],
    ['claim', 8],
    ['mar', 11],
    ['flowsheet', 11],
    ['questionnaire', 12],
    ['ime', 9],
    ['ecg', 7],
    ['orders', 8],
    ['instructions', 6],
    ['directive', 3],
    ['referral', 4],
  ] as const);
  if (kind === 'ime') return independentExam(rng, pool);
  const doc = newDoc(
    rng,
    pool,
    { ages: [1, 95] },
    { allowRunOn: false, credentials: kind === 'flowsheet' || kind === 'mar' ? ['RN', 'LPN'] : undefined },
  );
  let lines: string[];
  switch (kind) {
    case 'fax':
      lines = faxCover(doc);
      break;
    case 'face':
      lines = faceSheet(doc);
      break;
    case 'claim':
      lines = claimForm(doc);
      break;
    case 'mar':
      lines = medicationRecord(doc);
      break;
    case 'flowsheet':
      lines = flowsheet(doc);
      break;
    case 'questionnaire':
      lines = questionnaire(doc);
      break;
    case 'ecg':
      lines = ecgPrintout(doc);
      break;
    case 'orders':
      lines = orders(rng, pool);
      break;
    case 'instructions':
      lines = patientInstructions(rng, pool);
      break;
    case 'directive':
      lines = advanceDirective(doc);
      break;
    case 'referral':
      lines = referralForm(doc);
      break;
  }
  if (rng.chance(0.15)) lines.push('', `Page ${rng.int(1, 3)} of ${rng.int(3, 5)}`);
  return formFinish(doc, lines);
}
