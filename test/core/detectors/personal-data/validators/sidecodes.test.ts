import { describe, expect, it } from 'vitest';
import {
  sidecodeOf,
  splitCompactPlate,
} from '../../../../../src/core/detectors/personal-data/vehicle/sidecodes.js';

describe('licence-plate side codes', () => {
  it.each([
    ['ab-12-34', 1],
    ['12-34-ab', 2],
    ['12-ab-34', 3],
    ['ab-12-cd', 4],
    ['ab-cd-12', 5],
    ['12-ab-cd', 6],
    ['12-abc-3', 7],
    ['1-abc-23', 8],
    ['gb-123-x', 9],
    ['g-123-xy', 10],
    ['abc-12-d', 11],
    ['a-12-bcd', 12],
    ['1-ab-234', 13],
    ['123-ab-4', 14],
  ])('%s is side code %i', (plate, code) => expect(sidecodeOf(plate.split('-'))).toBe(code));

  it.each(['12-34-56', 'ab-cd-ef', '3-mei-15', 'a1-23-bc', '12-abcd-3'])('%s is no plate', (plate) => {
    expect(sidecodeOf(plate.split('-'))).toBeUndefined();
  });

  it.each([
    ['58ztj9', ['58', 'ztj', '9']],
    ['abcd12', ['ab', 'cd', '12']],
    ['12abcd', ['12', 'ab', 'cd']],
    ['hn482k', ['hn', '482', 'k']],
  ])('splits %s', (compact, groups) => expect(splitCompactPlate(compact)).toEqual(groups));
});
