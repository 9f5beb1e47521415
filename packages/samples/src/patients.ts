import { createPrng, type Prng } from './prng.ts';

/** An invented patient: every name, date and address is drawn at random from the lists below. */
export interface SyntheticPatient {
  /** 7 digits, never starting with 0 (spreadsheets would drop it). */
  mrn: string;
  family: string;
  given: string[];
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'male' | 'female';
  address: string;
  city: string;
  state: string;
  postalCode: string;
}

/** Splits a whitespace-separated word list (keeps the data tables compact). */
const words = (list: string): readonly string[] => list.trim().split(/\s+/);

// Common names, with a few apostrophes, hyphens and accents (all in WinAnsi, so Helvetica can print them)
// because those are what trips up OCR and name matching.
const FAMILY_NAMES = words(`
  Anderson Bennett Brooks Castillo Chen Delgado Dubois Fischer Garcia-Lopez Gallagher Hansen Harper Ibrahim
  Jensen Kowalski Lindgren MacLeod Mendoza Morrison Nakamura Novak Nuñez O'Connor Okafor Patel Petrov Quinn
  Ramirez Reyes Sandoval Schneider Sullivan Tanaka Thompson Varga Walsh Whitaker Young`);
const GIVEN_NAMES = {
  female: words(`Amelia Beatriz Carmen Dorothy Elena Fatima Grace Hannah Ingrid Joan Keiko Linda Margaret
    Nadia Olivia Priya Rosa Susan Teresa Zoë`),
  male: words(`Adam Bernard Carlos Daniel Emeka Frank George Hiroshi Ivan José Kevin Liam Marcus Nikolai Omar
    Patrick Raymond Samuel Thomas Walter`),
};
const STREETS = words(`Maple Oak Cedar Pine Elm Willow Lakeview Hillcrest Riverside Sunset Park
  Washington Lincoln Highland Meadow Church`);
const STREET_KINDS = words('St Ave Rd Dr Ln Ct Blvd Way');
/** Real towns with their ZIP prefix, so addresses look right to a clerk; the street numbers are random. */
const PLACES = [
  { city: 'Springfield', state: 'IL', zip: '627' },
  { city: 'Madison', state: 'WI', zip: '537' },
  { city: 'Burlington', state: 'VT', zip: '054' },
  { city: 'Portland', state: 'ME', zip: '041' },
  { city: 'Dayton', state: 'OH', zip: '454' },
  { city: 'Fresno', state: 'CA', zip: '937' },
  { city: 'Boise', state: 'ID', zip: '837' },
  { city: 'Savannah', state: 'GA', zip: '314' },
] as const;

/**
 * `count` distinct synthetic patients; the same `seed` gives the same patients.
 * About a third have a middle name, and some live in a numbered apartment (an address with a comma).
 */
export function syntheticPatients(count: number, seed = 1): SyntheticPatient[] {
  if (!Number.isInteger(count) || count < 0 || count > 100_000) {
    throw new RangeError(`count must be an integer in [0, 100000], got ${count}`);
  }
  const random = createPrng(seed);
  const usedMrns = new Set<string>();
  const patients: SyntheticPatient[] = [];
  while (patients.length < count) {
    const mrn = String(random.int(1_000_000, 9_999_999));
    if (usedMrns.has(mrn)) continue;
    usedMrns.add(mrn);
    patients.push(onePatient(random, mrn));
  }
  return patients;
}

function onePatient(random: Prng, mrn: string): SyntheticPatient {
  const sex = random.chance(0.5) ? 'female' : 'male';
  const given = [random.pick(GIVEN_NAMES[sex])];
  if (random.chance(0.35)) {
    const middle = random.pick(GIVEN_NAMES[sex]);
    if (middle !== given[0]) given.push(middle);
  }
  const place = random.pick(PLACES);
  let address = `${random.int(1, 9899)} ${random.pick(STREETS)} ${random.pick(STREET_KINDS)}`;
  if (random.chance(0.25)) address += `, Apt ${random.int(1, 40)}${random.pick(['', 'A', 'B'])}`;
  return {
    mrn,
    family: random.pick(FAMILY_NAMES),
    given,
    birthDate: randomBirthDate(random),
    sex,
    address,
    city: place.city,
    state: place.state,
    postalCode: place.zip + String(random.int(0, 99)).padStart(2, '0'),
  };
}

/** Born 1930–2015; days kept to 1–28 so every month is valid. */
function randomBirthDate(random: Prng): string {
  const year = random.int(1930, 2015);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
