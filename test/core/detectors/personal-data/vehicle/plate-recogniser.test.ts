import { describe, expect, it } from 'vitest';
import { expectCase, findStanding, rows } from '../pd-test-kit.js';
import { PLATE_CASES } from './plate.cases.js';

describe('licence plates', () => {
  it.each(rows(PLATE_CASES))('%s', (_label, c) => expectCase(c));

  it('needs dashes or a plate word', () => {
    expect(findStanding('58ZTJ9')).toEqual([]);
    expect(findStanding('kenteken 58ZTJ9').map((f) => f.rule)).toEqual(['nl-plate-context']);
    expect(findStanding('58-ZTJ-9').map((f) => f.rule)).toEqual(['nl-plate']);
  });

  it('looks only a few words after the plate word', () => {
    expect(findStanding('dat kenteken van de auto van de buurman zijn vriend 58ZTJ9')).toEqual([]);
  });
});
