import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from './create-logger.ts';

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ name: 'test', level: 'debug' }, sink), lines };
}

describe('createLogger', () => {
  it('writes JSON lines and never lets a planted name, DOB or MRN through', () => {
    const { log, lines } = captureLogger();
    const patient = { mrn: '4418203', family: 'Quintero', given: ['Marisol'], birthDate: '1961-04-17' };
    log.info({ patient, documentId: 'ward-1_b1-d001' }, 'document filed');
    log.info({ mrn: patient.mrn, dob: patient.birthDate, name: 'Quintero^Marisol' }, 'match');
    log.warn({ job: { data: { identifiers: [{ kind: 'mrn', value: '4418203' }] } } }, 'nested');
    log.debug({ decision: { candidates: [{ mrn: '4418203' }] }, text: 'Patient: QUINTERO, Marisol' }, 'ocr');

    const output = lines.join('\n');
    for (const secret of ['4418203', 'Quintero', 'QUINTERO', 'Marisol', '1961-04-17']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain(REDACTED);
    expect(output).toContain('ward-1_b1-d001');
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});
