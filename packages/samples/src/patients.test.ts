import type { Patient } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { syntheticPatients } from './patients.ts';

describe('syntheticPatients', () => {
  it('gives the same patients for the same seed and others for another seed', () => {
    expect(syntheticPatients(12, 7)).toEqual(syntheticPatients(12, 7));
    expect(syntheticPatients(12, 7)).not.toEqual(syntheticPatients(12, 8));
    // A longer list starts with the shorter one, so adding patients does not reshuffle a demo.
    expect(syntheticPatients(20, 7).slice(0, 12)).toEqual(syntheticPatients(12, 7));
  });

  it('gives unique 7-digit MRNs and well-formed fields', () => {
    const patients = syntheticPatients(2000, 3);
    expect(new Set(patients.map((patient) => patient.mrn)).size).toBe(2000);
    for (const patient of patients) {
      expect(patient.mrn).toMatch(/^[1-9]\d{6}$/);
      expect(patient.birthDate).toMatch(/^(19[3-9]\d|20[01]\d)-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/);
      expect(['male', 'female']).toContain(patient.sex);
      expect(patient.given.length).toBeGreaterThan(0);
      // The CSV joins given names with spaces, so a single given name must not contain one.
      for (const given of patient.given) expect(given).not.toMatch(/\s/);
      expect(patient.postalCode).toMatch(/^\d{5}$/);
    }
  });

  it('produces values the domain accepts as a Patient', () => {
    const patient: Patient = syntheticPatients(1)[0]!;
    expect(patient.family.length).toBeGreaterThan(0);
  });

  it('rejects a count it cannot honour', () => {
    expect(() => syntheticPatients(-1)).toThrow(RangeError);
    expect(() => syntheticPatients(1.5)).toThrow(RangeError);
  });
});
