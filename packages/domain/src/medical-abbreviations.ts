/**
 * Medical abbreviations and what they stand for, for chart search: a clinician who types "CHF" finds
 * "congestive heart failure" and the other way round. Every form in a group finds every other.
 *
 * What is in the list: abbreviations that mean one thing in a chart. Left out on purpose, because a
 * chart uses them for several things or they are ordinary words or place names: CP (chest pain /
 * cerebral palsy), MS, RA, PT, ED, ER (estrogen receptor), OR, IV (also a roman numeral), HR (heart
 * rate / hour), PAD (also a pad), DOE (also a surname), LOC, CHD, ASD, VT / MR / PA / CA / CT (states
 * and titles in addresses), SBP (systolic / spontaneous bacterial peritonitis), and "stroke" for CVA
 * ("stroke volume", "heat stroke"). Kept although not quite unambiguous, because clinicians search
 * them all the time: MI (also Michigan in an address) and PE (also "physical examination"); a match
 * through an abbreviation ranks below a match of the words typed, so such a stray match comes last.
 *
 * Forms are written as charts print them; matching folds case and punctuation ("A-fib" is the words
 * "a fib"; "x-ray" is "x ray"). Plural forms are listed where charts commonly use them.
 */
export interface MedicalAbbreviation {
  /** The short forms. */
  abbreviations: readonly string[];
  /** What they stand for. */
  expansions: readonly string[];
}

export const MEDICAL_ABBREVIATIONS: readonly MedicalAbbreviation[] = [
  // Heart and vessels
  { abbreviations: ['CHF'], expansions: ['congestive heart failure'] },
  { abbreviations: ['HF'], expansions: ['heart failure'] },
  { abbreviations: ['MI'], expansions: ['myocardial infarction'] },
  {
    abbreviations: ['STEMI'],
    expansions: ['ST elevation myocardial infarction', 'ST segment elevation myocardial infarction'],
  },
  { abbreviations: ['NSTEMI'], expansions: ['non-ST elevation myocardial infarction'] },
  { abbreviations: ['ACS'], expansions: ['acute coronary syndrome'] },
  { abbreviations: ['CAD'], expansions: ['coronary artery disease'] },
  {
    abbreviations: ['CABG'],
    expansions: ['coronary artery bypass graft', 'coronary artery bypass grafting'],
  },
  { abbreviations: ['PCI'], expansions: ['percutaneous coronary intervention'] },
  { abbreviations: ['HTN'], expansions: ['hypertension'] },
  { abbreviations: ['HLD'], expansions: ['hyperlipidemia', 'hyperlipidaemia'] },
  { abbreviations: ['AF', 'AFib', 'A-fib'], expansions: ['atrial fibrillation'] },
  { abbreviations: ['VF', 'VFib', 'V-fib'], expansions: ['ventricular fibrillation'] },
  { abbreviations: ['SVT'], expansions: ['supraventricular tachycardia'] },
  { abbreviations: ['VSD'], expansions: ['ventricular septal defect'] },
  { abbreviations: ['EF'], expansions: ['ejection fraction'] },
  { abbreviations: ['DVT'], expansions: ['deep vein thrombosis', 'deep venous thrombosis'] },
  { abbreviations: ['PE'], expansions: ['pulmonary embolism'] },
  { abbreviations: ['PVD'], expansions: ['peripheral vascular disease'] },
  { abbreviations: ['AAA'], expansions: ['abdominal aortic aneurysm'] },
  { abbreviations: ['ECG', 'EKG'], expansions: ['electrocardiogram'] },
  { abbreviations: ['BP'], expansions: ['blood pressure'] },
  { abbreviations: ['CPR'], expansions: ['cardiopulmonary resuscitation'] },
  { abbreviations: ['DNR'], expansions: ['do not resuscitate'] },
  // Brain and mind
  { abbreviations: ['TIA'], expansions: ['transient ischemic attack', 'transient ischaemic attack'] },
  { abbreviations: ['CVA'], expansions: ['cerebrovascular accident'] },
  { abbreviations: ['SAH'], expansions: ['subarachnoid hemorrhage', 'subarachnoid haemorrhage'] },
  { abbreviations: ['ICH'], expansions: ['intracranial hemorrhage', 'intracranial haemorrhage'] },
  { abbreviations: ['AMS'], expansions: ['altered mental status'] },
  { abbreviations: ['EEG'], expansions: ['electroencephalogram'] },
  {
    abbreviations: ['PTSD'],
    expansions: ['post-traumatic stress disorder', 'posttraumatic stress disorder'],
  },
  { abbreviations: ['ADHD'], expansions: ['attention deficit hyperactivity disorder'] },
  { abbreviations: ['OCD'], expansions: ['obsessive compulsive disorder'] },
  // Lungs
  { abbreviations: ['COPD'], expansions: ['chronic obstructive pulmonary disease'] },
  { abbreviations: ['OSA'], expansions: ['obstructive sleep apnea', 'obstructive sleep apnoea'] },
  { abbreviations: ['ARDS'], expansions: ['acute respiratory distress syndrome'] },
  { abbreviations: ['SOB'], expansions: ['shortness of breath'] },
  { abbreviations: ['PNA'], expansions: ['pneumonia'] },
  {
    abbreviations: ['URI'],
    expansions: ['upper respiratory infection', 'upper respiratory tract infection'],
  },
  { abbreviations: ['CXR'], expansions: ['chest x-ray', 'chest xray', 'chest radiograph'] },
  { abbreviations: ['TB'], expansions: ['tuberculosis'] },
  { abbreviations: ['RR'], expansions: ['respiratory rate'] },
  { abbreviations: ['ABG'], expansions: ['arterial blood gas'] },
  { abbreviations: ['PFT', 'PFTs'], expansions: ['pulmonary function test', 'pulmonary function tests'] },
  { abbreviations: ['CPAP'], expansions: ['continuous positive airway pressure'] },
  // Metabolism and kidneys
  { abbreviations: ['DM'], expansions: ['diabetes mellitus'] },
  { abbreviations: ['T2DM', 'DM2'], expansions: ['type 2 diabetes mellitus', 'type 2 diabetes'] },
  { abbreviations: ['T1DM', 'DM1'], expansions: ['type 1 diabetes mellitus', 'type 1 diabetes'] },
  { abbreviations: ['DKA'], expansions: ['diabetic ketoacidosis'] },
  { abbreviations: ['CKD'], expansions: ['chronic kidney disease'] },
  { abbreviations: ['ESRD'], expansions: ['end-stage renal disease'] },
  { abbreviations: ['AKI'], expansions: ['acute kidney injury'] },
  { abbreviations: ['UTI'], expansions: ['urinary tract infection'] },
  {
    abbreviations: ['BPH'],
    expansions: ['benign prostatic hyperplasia', 'benign prostatic hypertrophy'],
  },
  { abbreviations: ['BMI'], expansions: ['body mass index'] },
  // Gut and liver
  {
    abbreviations: ['GERD', 'GORD'],
    expansions: ['gastroesophageal reflux disease', 'gastro-oesophageal reflux disease'],
  },
  { abbreviations: ['GI'], expansions: ['gastrointestinal'] },
  { abbreviations: ['IBD'], expansions: ['inflammatory bowel disease'] },
  { abbreviations: ['IBS'], expansions: ['irritable bowel syndrome'] },
  { abbreviations: ['PUD'], expansions: ['peptic ulcer disease'] },
  { abbreviations: ['HCV'], expansions: ['hepatitis C virus', 'hepatitis C'] },
  { abbreviations: ['HBV'], expansions: ['hepatitis B virus', 'hepatitis B'] },
  { abbreviations: ['TPN'], expansions: ['total parenteral nutrition'] },
  // Infection, immunity, joints
  { abbreviations: ['HIV'], expansions: ['human immunodeficiency virus'] },
  { abbreviations: ['MRSA'], expansions: ['methicillin-resistant Staphylococcus aureus'] },
  { abbreviations: ['SLE'], expansions: ['systemic lupus erythematosus'] },
  { abbreviations: ['OA'], expansions: ['osteoarthritis'] },
  { abbreviations: ['LBP'], expansions: ['low back pain'] },
  { abbreviations: ['TKA'], expansions: ['total knee arthroplasty'] },
  { abbreviations: ['TKR'], expansions: ['total knee replacement'] },
  { abbreviations: ['THA'], expansions: ['total hip arthroplasty'] },
  { abbreviations: ['THR'], expansions: ['total hip replacement'] },
  {
    abbreviations: ['ORIF'],
    expansions: ['open reduction internal fixation', 'open reduction and internal fixation'],
  },
  // Tests, drugs, places, sections of a note
  { abbreviations: ['CBC'], expansions: ['complete blood count'] },
  { abbreviations: ['BMP'], expansions: ['basic metabolic panel'] },
  { abbreviations: ['CMP'], expansions: ['comprehensive metabolic panel'] },
  { abbreviations: ['LFT', 'LFTs'], expansions: ['liver function test', 'liver function tests'] },
  { abbreviations: ['TSH'], expansions: ['thyroid-stimulating hormone'] },
  {
    abbreviations: ['INR'],
    expansions: ['international normalized ratio', 'international normalised ratio'],
  },
  { abbreviations: ['WBC'], expansions: ['white blood cell', 'white blood cells', 'white cell count'] },
  { abbreviations: ['RBC'], expansions: ['red blood cell', 'red blood cells'] },
  {
    abbreviations: ['HbA1c', 'A1c'],
    expansions: ['hemoglobin A1c', 'haemoglobin A1c', 'glycated hemoglobin'],
  },
  { abbreviations: ['MRI'], expansions: ['magnetic resonance imaging'] },
  { abbreviations: ['UA'], expansions: ['urinalysis'] },
  {
    abbreviations: ['NSAID', 'NSAIDs'],
    expansions: ['nonsteroidal anti-inflammatory drug', 'nonsteroidal anti-inflammatory drugs'],
  },
  { abbreviations: ['PPI'], expansions: ['proton pump inhibitor'] },
  { abbreviations: ['SSRI'], expansions: ['selective serotonin reuptake inhibitor'] },
  { abbreviations: ['PICC'], expansions: ['peripherally inserted central catheter'] },
  { abbreviations: ['ICU'], expansions: ['intensive care unit'] },
  { abbreviations: ['HPI'], expansions: ['history of present illness'] },
  { abbreviations: ['PMH'], expansions: ['past medical history'] },
  { abbreviations: ['ROS'], expansions: ['review of systems'] },
];

// ── How a search query is read ─────────────────────────────────────────────────────────
// Shared by the Elasticsearch query (adapters) and the word highlights drawn on page images
// (pipeline), so a page is marked where search found it.

// A run of letters and digits; an apostrophe or point inside it, a colon between letters and a comma
// between digits do not end it (Unicode's word boundaries, which the standard tokenizer follows).
const WORD =
  /[\p{L}\p{N}\p{M}_]+(?:(?:[.'’]|(?<=\p{L}):(?=\p{L})|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}_]+)*/gu;

/** One word of a text, as search compares it, with where it stands in the text. */
export interface SearchToken {
  /** Lower case, diacritics kept (as Elasticsearch's standard analyser indexes it). */
  text: string;
  /** Lower case, diacritics and apostrophes removed: what two words are compared on. */
  key: string;
  start: number;
  end: number;
}

/**
 * The words of a text, close to Elasticsearch's standard tokenizer: split at spaces and punctuation,
 * but an apostrophe or point inside a word stays ("o'brien", "3.5", "e.g"), so do "1,000" and "a:b". Keeping
 * more together than the tokenizer does is safe (Elasticsearch splits it again and wants every part);
 * splitting what it keeps would not be.
 */
export function searchTokens(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    tokens.push({
      text: lower,
      key: searchKey(lower),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Lower case without diacritics or apostrophes: "O'Brien" → "obrien", "Núñez" → "nunez". */
export function searchKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
}

/** A part of a query: one word, or several that form a known phrase, and what else means the same. */
export interface SearchTerm {
  /** The query's own words for this part, lower case. */
  words: string[];
  /** Other forms that mean the same (abbreviation ↔ expansion), each as its words; [] for most words. */
  synonyms: string[][];
}

interface PhraseEntry {
  keys: string[];
  words: string[];
  group: number;
}

const PHRASES_BY_FIRST_KEY: ReadonlyMap<string, readonly PhraseEntry[]> = (() => {
  const byFirst = new Map<string, PhraseEntry[]>();
  MEDICAL_ABBREVIATIONS.forEach((entry, group) => {
    for (const form of [...entry.abbreviations, ...entry.expansions]) {
      const tokens = searchTokens(form);
      const first = tokens[0];
      if (!first) continue;
      const phrase = {
        keys: tokens.map((token) => token.key),
        words: tokens.map((token) => token.text),
        group,
      };
      byFirst.set(first.key, [...(byFirst.get(first.key) ?? []), phrase]);
    }
  });
  // Longest first, so "type 2 diabetes mellitus" wins over "type 2 diabetes".
  for (const phrases of byFirst.values()) phrases.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
})();

const FORMS_BY_GROUP: readonly (readonly string[][])[] = MEDICAL_ABBREVIATIONS.map((entry) =>
  [...entry.abbreviations, ...entry.expansions].map((form) => searchTokens(form).map((token) => token.text)),
);

/**
 * Splits a query into its words and joins the words that form a known abbreviation or expansion
 * (longest first), which then carry the other forms of their group as synonyms.
 */
export function analyseSearchQuery(query: string): SearchTerm[] {
  const tokens = searchTokens(query);
  const terms: SearchTerm[] = [];
  for (let at = 0; at < tokens.length;) {
    const phrase = (PHRASES_BY_FIRST_KEY.get(tokens[at]?.key ?? '') ?? []).find((candidate) =>
      candidate.keys.every((key, offset) => tokens[at + offset]?.key === key),
    );
    if (!phrase) {
      terms.push({ words: [tokens[at]?.text ?? ''], synonyms: [] });
      at++;
      continue;
    }
    const words = tokens.slice(at, at + phrase.keys.length).map((token) => token.text);
    const typed = phrase.keys.join(' ');
    const synonyms = (FORMS_BY_GROUP[phrase.group] ?? []).filter(
      (form) => form.map(searchKey).join(' ') !== typed,
    );
    terms.push({ words, synonyms });
    at += phrase.keys.length;
  }
  return terms;
}

// ── OCR and typing slips ───────────────────────────────────────────────────────────────

/**
 * How many edits (a letter changed, added, dropped or two swapped) a word may be off by and still
 * match: none under five letters (too many short words are one letter apart: left/lift, pain/paid,
 * mass/pass), one from five, two from nine. Never for words with digits: an MRN, a dose or a date
 * one digit off is another one. Elasticsearch's fuzziness "AUTO:5,9" is the same rule.
 */
export function allowedEdits(word: string): 0 | 1 | 2 {
  if (/\p{N}/u.test(word)) return 0;
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

// Prefixes that turn a word into its opposite one or two letters away (hypertension / hypotension,
// abduction / adduction, intravenous / intervenous): a fuzzy match must keep them as typed.
const MEANINGFUL_PREFIXES = [
  'hyper',
  'hypo',
  'inter',
  'intra',
  'ante',
  'anti',
  'endo',
  'exo',
  'macro',
  'micro',
  'ab',
  'ad',
];

/**
 * How many leading letters a fuzzy match must have exactly as typed: one (OCR rarely misreads the
 * first letter of a word, and it keeps fuzzy search fast), or a whole meaning-bearing prefix.
 */
export function fuzzyPrefixLength(word: string): number {
  const key = searchKey(word);
  const prefix = MEANINGFUL_PREFIXES.find(
    (candidate) => key.startsWith(candidate) && key.length > candidate.length + 2,
  );
  return prefix ? prefix.length : 1;
}

// Shapes OCR reads as others, which count as two edits although they are one slip.
const OCR_CONFUSIONS: readonly [string, string][] = [
  ['m', 'rn'],
  ['w', 'vv'],
  ['d', 'cl'],
  ['n', 'ri'],
  ['h', 'li'],
];

/**
 * The word with one of OCR's two-letter confusions undone or made ("rnetoprolol" ↔ "metoprolol",
 * "warrn" ↔ "warm"), for words of three letters or more without digits. At most 16.
 */
export function ocrVariants(word: string): string[] {
  const key = word.toLowerCase();
  if ([...key].length < 3 || /\p{N}/u.test(key)) return [];
  const variants = new Set<string>();
  for (const [one, two] of OCR_CONFUSIONS) {
    for (const [from, to] of [
      [one, two],
      [two, one],
    ] as const) {
      for (let at = key.indexOf(from); at >= 0; at = key.indexOf(from, at + 1)) {
        variants.add(key.slice(0, at) + to + key.slice(at + from.length));
      }
    }
  }
  variants.delete(key);
  return [...variants].slice(0, 16);
}

/**
 * True when at most `max` edits (a character changed, added or dropped, or two neighbours swapped)
 * turn a into b: the optimal string alignment distance, as Elasticsearch's fuzzy queries count.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = previous;
    previous = current;
  }
  return (previous[y.length] ?? Infinity) <= max;
}

/**
 * True when a word (a search key) is an OCR or typing slip of a query word's key, by the rules
 * above: one of its ocrVariants, or within its allowedEdits keeping its fuzzyPrefixLength.
 */
export function isSlipOf(key: string, queryKey: string): boolean {
  if (key === queryKey) return false;
  if (ocrVariants(queryKey).includes(key)) return true;
  const edits = allowedEdits(queryKey);
  return (
    edits > 0 &&
    key.startsWith(queryKey.slice(0, fuzzyPrefixLength(queryKey))) &&
    withinEdits(queryKey, key, edits)
  );
}
