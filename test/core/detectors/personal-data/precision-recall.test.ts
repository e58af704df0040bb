import { describe, expect, it } from 'vitest';
import { ADDRESS_CASES } from './address/address.cases.js';
import { BANK_CASES } from './bank/bank.cases.js';
import { DOB_CASES } from './dates/dob.cases.js';
import { EMAIL_CASES } from './email/email.cases.js';
import { HEALTH_CASES } from './health/health.cases.js';
import { BSN_CASES } from './identity/bsn.cases.js';
import { type Case, outcome } from './pd-test-kit.js';
import { PHONE_CASES } from './phone/phone.cases.js';
import { PLATE_CASES } from './vehicle/plate.cases.js';

const TABLES: Record<string, readonly Case[]> = {
  phone: PHONE_CASES,
  email: EMAIL_CASES,
  address: ADDRESS_CASES,
  bsn: BSN_CASES,
  bank: BANK_CASES,
  dob: DOB_CASES,
  plate: PLATE_CASES,
  health: HEALTH_CASES,
};

/**
 * The floor over all table lines together (each line is also its own test): at least
 * 150 realistic lines, 97% precision and recall. A table line that starts failing shows
 * here as a number, next to the line's own failing test.
 */
describe('precision and recall over the tables', () => {
  const all = Object.values(TABLES).flat();
  const count = { tp: 0, fn: 0, tn: 0, fp: 0 };
  for (const c of all) count[outcome(c)]++;

  it('has enough lines', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(count.tn + count.fp).toBeGreaterThanOrEqual(60);
  });

  it('reaches 97% precision and recall', () => {
    const precision = count.tp / (count.tp + count.fp);
    const recall = count.tp / (count.tp + count.fn);
    expect({ precision: precision >= 0.97, recall: recall >= 0.97, count }).toMatchObject({
      precision: true,
      recall: true,
    });
  });
});
