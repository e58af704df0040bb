import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/core/message.js';
import {
  CuePhrases,
  checkStaffRole,
  type StaffRoleInput,
  staffRoleSettingsSchema,
} from '../../../src/core/policy/index.js';
import { normalise } from '../../../src/core/text/normalise.js';
import { ago, finding, MIN, NOW, past } from './fixtures.js';

/** A staff member's message in a parents' group, about nothing in particular. */
function staff(overrides: Partial<StaffRoleInput> = {}): StaffRoleInput {
  return {
    now: NOW,
    groupType: 'parents',
    authorRole: 'staff',
    statesRole: false,
    namesSchool: false,
    findings: [],
    groupHistory: [],
    windowMinutes: 10,
    cooldownMinutes: 1440,
    ...overrides,
  };
}

describe('B2: staff who join a discussion about the school say they are staff', () => {
  it.each<[string, Partial<StaffRoleInput>, boolean, RegExp]>([
    ['their message names the school', { namesSchool: true }, true, /names the school/],
    [
      'their message is aimed at the school',
      { findings: [finding('discrediting', 'medium', { target: 'school' })] },
      true,
      /1 finding\(s\) about the school/,
    ],
    [
      'the group discussed a teacher a few minutes ago',
      { groupHistory: [past('discrediting', 4, { target: 'teacher' })] },
      true,
      /1 flagged message\(s\) about the school or a teacher within 10 min/,
    ],
    ['they say they are staff', { namesSchool: true, statesRole: true }, false, /says they are staff/],
    ['nothing about the school', {}, false, /not a discussion about the school/],
    [
      'flagged messages about a person, not the school',
      { groupHistory: [past('bullying', 2, { target: 'person' })], findings: [finding('profanity', 'low')] },
      false,
      /not a discussion/,
    ],
    [
      'the talk about the school was before the window',
      { groupHistory: [past('discrediting', 11, { target: 'school' })] },
      false,
      /not a discussion/,
    ],
    [
      'the talk about the school was a false alarm',
      { groupHistory: [past('discrediting', 3, { target: 'school', status: 'false_alarm' })] },
      false,
      /not a discussion/,
    ],
    [
      'reminded an hour ago',
      { namesSchool: true, lastReminder: ago(60 * MIN) },
      false,
      /reminded within 1440 min/,
    ],
    ['reminded yesterday', { namesSchool: true, lastReminder: ago(1440 * MIN) }, true, /^B2: /],
    ['a pupils group', { namesSchool: true, groupType: 'pupils' }, false, /not a parents group/],
    ['a staff group', { namesSchool: true, groupType: 'staff' }, false, /not a parents group/],
  ])('%s', (_what, overrides, remind, why) => {
    const check = checkStaffRole(staff(overrides));
    expect(check.remind).toBe(remind);
    expect(check.why).toMatch(why);
  });

  it.each<Role>(['teacher', 'supervisor', 'parent', 'pupil', 'unknown'])(
    'only staff are asked: never the %s',
    (authorRole) => {
      expect(checkStaffRole(staff({ authorRole, namesSchool: true })).remind).toBe(false);
    },
  );
});

describe('cue phrases: plain words, found like lexicon terms', () => {
  const cues = new CuePhrases(['als leerkracht', 'namens de school', "I'm a teacher", 'ik werk op'], 'test');
  const found = (text: string) => cues.foundIn(normalise(text).value);

  it.each([
    ['Als leerkracht van groep 4 wil ik zeggen...', true],
    ['NAMENS DE SCHOOL: het klopt niet', true],
    ["Well, I'm a teacher there", true],
    ['ik werk op de Regenboog', true],
    ['Als leerkrachten zouden jullie beter moeten weten', false],
    ['ik werkop school', false],
    ['De school doet niks', false],
  ])('%s -> %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it('the shipped settings schema refuses a cue with lexicon syntax or braces, naming the path', () => {
    const base = {
      cooldownMinutes: 60,
      roleCues: { nl: ['als juf'], en: [] },
      schoolCues: { nl: [], en: [] },
    };
    expect(staffRoleSettingsSchema.safeParse(base).success).toBe(true);
    const bad = staffRoleSettingsSchema.safeParse({ ...base, roleCues: { nl: ['als juf*'], en: [] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['roleCues', 'nl', 0]);
  });
});
