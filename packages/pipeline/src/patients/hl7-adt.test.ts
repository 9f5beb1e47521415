import { describe, expect, it } from 'vitest';
import { parseHl7Adt } from './hl7-adt.ts';
import { parsePatientImport } from './parse-patient-import.ts';

const msh = (event: string, control: string, structure = `ADT_${event}`) =>
  `MSH|^~\\&|ADT1|GOOD HEALTH|CHARTROOM|HOSP|20240105083000||ADT^${event}^${structure}|${control}|P|2.5.1`;
const evn = (event: string) => `EVN|${event}|20240105083000`;
const pid = (fields: { id?: string; name?: string; dob?: string; sex?: string; address?: string }) =>
  [
    'PID',
    '1',
    '',
    fields.id ?? '1000001^^^HOSP^MR~123-45-6789^^^SSA^SS',
    '',
    fields.name ?? 'REYES^ANA^MARIA^^^^L',
    '',
    fields.dob ?? '19800131',
    fields.sex ?? 'F',
    '',
    '',
    fields.address ?? '12 ELM ST^APT 2^SALEM^MA^01970^USA^H',
  ].join('|');
const message = (...segments: string[]) => segments.join('\r');

const reyes = {
  mrn: '1000001',
  family: 'REYES',
  given: ['ANA', 'MARIA'],
  birthDate: '1980-01-31',
  sex: 'female',
  address: '12 ELM ST, APT 2',
  city: 'SALEM',
  state: 'MA',
  postalCode: '01970',
};

describe('parseHl7Adt', () => {
  it('reads a patient from PID of an A01/A04/A08/A28/A31, taking the MRN by its identifier type', () => {
    for (const event of ['A01', 'A04', 'A08', 'A28', 'A31']) {
      const result = parseHl7Adt(message(msh(event, 'C1'), evn(event), pid({}), 'PV1|1|I'));
      expect(result).toEqual({ format: 'hl7-adt', patients: [reyes], merges: [], rejected: [] });
    }
  });

  it('takes several messages in one file, split by CR, LF or CRLF, with MLLP framing', () => {
    const text = [
      `\u000b${message(msh('A04', 'C1'), pid({}))}\u001c\r`,
      `\u000b${[msh('A04', 'C2'), pid({ id: '1000002^^^HOSP^MR', name: 'OKAFOR^CHIDI' })].join('\n')}\u001c\r`,
      [msh('A04', 'C3'), pid({ id: '1000003^^^HOSP^MR', name: 'LEE^JO' })].join('\r\n'),
    ].join('');
    const result = parseHl7Adt(text);
    expect(result.rejected).toEqual([]);
    expect(result.patients.map((patient) => [patient.mrn, patient.family])).toEqual([
      ['1000001', 'REYES'],
      ['1000002', 'OKAFOR'],
      ['1000003', 'LEE'],
    ]);
  });

  it('honours the delimiters MSH declares and unescapes \\F\\ \\S\\ \\T\\ \\R\\ \\E\\ and hex', () => {
    const custom = message(
      'MSH#*!$%#ADT1#GH#CR#H#20240105##ADT*A08#C1#P#2.5',
      'PID#1##1000001***HOSP*MR!555***HOSP*PI##SMITH$F$JONES*BOB##19700101#M',
    );
    expect(parseHl7Adt(custom).patients[0]).toMatchObject({
      mrn: '1000001',
      family: 'SMITH#JONES',
      given: ['BOB'],
      sex: 'male',
    });
    const escaped = message(
      msh('A08', 'C1'),
      pid({ name: 'O\\E\\BRIEN\\F\\\\S\\\\T\\\\R\\^SEAN', address: 'A\\X4E\\B^^N\\XC3BA\\\\XF1\\EZ' }),
    );
    const [patient] = parseHl7Adt(escaped).patients;
    expect(patient?.family).toBe('O\\BRIEN|^&~');
    expect(patient?.given).toEqual(['SEAN']);
    expect(patient?.address).toBe('ANB');
    expect(patient?.city).toBe('NúñEZ'); // UTF-8 bytes, and a lone Latin-1 byte
  });

  it('picks the legal name and the home address among repetitions; maps sex and dates', () => {
    const result = parseHl7Adt(
      message(
        msh('A08', 'C1'),
        pid({
          name: 'SMITH^BOBBY^^^^^N~SMITH^ROBERT^JOHN PAUL^^^^L',
          address: 'PO BOX 1^^BOSTON^MA^02101^^M~9 OAK RD^^SALEM^MA^01970^^H',
          dob: '198002301200',
          sex: 'U',
        }),
      ),
    );
    expect(result.patients[0]).toMatchObject({
      family: 'SMITH',
      given: ['ROBERT', 'JOHN', 'PAUL'],
      birthDate: null, // 30 February is no date
      sex: 'unknown',
      address: '9 OAK RD',
      city: 'SALEM',
    });
    expect(
      parseHl7Adt(message(msh('A08', 'C1'), pid({ dob: '19800131083000+0100', sex: 'O' }))).patients[0],
    ).toMatchObject({ birthDate: '1980-01-31', sex: 'other' });
  });

  it('takes the trigger event from EVN-1 when MSH-9 carries only the message code', () => {
    const text = message('MSH|^~\\&|ADT1|GH|CR|H|20240105||ADT|C1|P|2.3', 'EVN|A04|20240105', pid({}));
    expect(parseHl7Adt(text).patients).toEqual([reyes]);
  });

  it('lets a later message update an earlier one for the same MRN: sent fields replace, empty ones stay, "" clears', () => {
    const text = [
      message(msh('A04', 'C1'), pid({})),
      message(msh('A08', 'C2'), pid({ name: 'REYES-DIAZ^ANA', dob: '', sex: '', address: '""' })),
    ].join('\r');
    expect(parseHl7Adt(text).patients).toEqual([
      {
        ...reyes,
        family: 'REYES-DIAZ',
        given: ['ANA'],
        address: null,
        city: null,
        state: null,
        postalCode: null,
      },
    ]);
  });

  it('reads a merge (A40): PID is the survivor, MRG-1 the merged MRN', () => {
    const text = message(
      msh('A40', 'C1', 'ADT_A39'),
      evn('A40'),
      pid({ id: '2000002^^^HOSP^MR' }),
      'MRG|1000001^^^HOSP^MR~999^^^SSA^SS',
      pid({ id: '2000002^^^HOSP^MR', name: '' }),
      'MRG|1000009^^^HOSP^MR',
    );
    const result = parseHl7Adt(text);
    expect(result.rejected).toEqual([]);
    expect(result.merges).toEqual([
      { survivingMrn: '2000002', mergedMrn: '1000001' },
      { survivingMrn: '2000002', mergedMrn: '1000009' },
    ]);
    expect(result.patients.map((patient) => patient.mrn)).toEqual(['2000002']);
  });

  it('rejects, with reasons that quote no patient data, what it cannot take safely', () => {
    const text = [
      message(msh('A03', 'C1'), pid({})),
      message('MSH|^~\\&|A|B|C|D|20240105||ORU^R01|C2|P|2.5', 'OBX|1|TX|||hello'),
      message(msh('A04', 'C3'), pid({ id: '555^^^SSA^SS' })),
      message(msh('A04', 'C4'), pid({ id: '1000001^^^HOSP^MR~1000002^^^OTHER^MR' })),
      message(msh('A04', 'C5'), pid({ name: '^ANA' })),
      message(msh('A04', 'C6'), 'PV1|1|I'),
      message(msh('A40', 'C7'), pid({ id: '2000002^^^HOSP^MR' })),
      message(msh('A40', 'C8'), pid({ id: '2000002^^^HOSP^MR' }), 'MRG|2000002^^^HOSP^MR'),
      message('MSH|^^\\&|A|B'),
      message(msh('A04', 'C10'), 'pid|1'),
    ].join('\r');
    const result = parseHl7Adt(text);
    expect(result.patients).toEqual([]);
    expect(result.merges).toEqual([]);
    expect(result.rejected).toEqual([
      {
        record: 1,
        reason:
          'a ADT^A03 message is not a patient registration, update or merge (ADT^A01/A04/A08/A28/A31/A40)',
      },
      {
        record: 2,
        reason:
          'a ORU^R01 message is not a patient registration, update or merge (ADT^A01/A04/A08/A28/A31/A40)',
      },
      { record: 3, reason: 'PID-3: no identifier of type MR' },
      { record: 4, reason: 'PID-3: several identifiers of type MR' },
      { record: 5, reason: 'PID-5: no family name' },
      { record: 6, reason: 'ADT^A04 has no PID segment' },
      { record: 7, reason: 'ADT^A40: MRG-1: no MRG segment' },
      { record: 8, reason: 'ADT^A40: MRG-1 names the surviving MRN itself' },
      { record: 9, reason: 'MSH-1/MSH-2 do not declare five distinct delimiters' },
      { record: 10, reason: 'segment 2 is not a valid segment' },
    ]);
    expect(JSON.stringify(result.rejected)).not.toMatch(/REYES|ANA|1000001|1980/);
  });

  it('can require an assigning authority and another identifier type', () => {
    const text = message(msh('A04', 'C1'), pid({ id: '1000001^^^HOSP^MR~77^^^CLINIC^PI' }));
    expect(parseHl7Adt(text, { mrnAssigningAuthority: 'HOSP' }).patients).toHaveLength(1);
    expect(parseHl7Adt(text, { mrnAssigningAuthority: 'ELSEWHERE' }).rejected).toEqual([
      { record: 1, reason: 'PID-3: no identifier of type MR from ELSEWHERE' },
    ]);
    expect(parseHl7Adt(text, { mrnTypeCode: 'PI' }).patients[0]?.mrn).toBe('77');
  });
});

describe('parsePatientImport with HL7', () => {
  it('detects HL7 by a leading MSH| after MLLP, BOM or whitespace, and other formats get no merges', () => {
    for (const prefix of ['', '\uFEFF', '\u000b', '\r\n  ']) {
      const result = parsePatientImport(`${prefix}${message(msh('A04', 'C1'), pid({}))}`, {
        mrnSystem: 'urn:chartroom:mrn',
      });
      expect(result.format).toBe('hl7-adt');
      expect(result.patients).toEqual([reyes]);
    }
    const csv = parsePatientImport(
      'mrn,family,given,birth_date,sex,address,city,state,postal_code\n1,Doe,Jo,,,,,,',
      {
        mrnSystem: 'urn:chartroom:mrn',
      },
    );
    expect(csv.merges).toEqual([]);
  });
});
