import { describe, expect, it } from 'vitest';
import { effectiveRole } from '../../../src/app/pipeline/group-book.js';
import type { Role } from '../../../src/core/message.js';
import type { Group } from '../../../src/store/groups.js';

const group = {
  teacher: { platformId: 'u-juf', name: 'Juf Marieke' },
  supervisor: { platformId: 'u-henk', name: 'Meester Henk' },
} as Group;
const author = (id: string, role: Role) => ({ id, name: id, role, isBot: false });

describe('effectiveRole: the role a member is judged by', () => {
  it.each<[string, string, Role, Role, Role]>([
    ['the group teacher, whatever the platform says', 'u-juf', 'parent', 'staff', 'teacher'],
    ['the group supervisor, whatever the platform says', 'u-henk', 'unknown', 'parent', 'supervisor'],
    ['a role the platform knows', 'u-tom', 'pupil', 'staff', 'pupil'],
    ['the stored role when the platform does not know', 'u-tom', 'unknown', 'staff', 'staff'],
    ['unknown when neither knows', 'u-tom', 'unknown', 'unknown', 'unknown'],
    ['not a stored teacher role of a former teacher', 'u-piet', 'unknown', 'teacher', 'unknown'],
    ['not a stored supervisor role of a former supervisor', 'u-piet', 'unknown', 'supervisor', 'unknown'],
  ])('%s', (_what, id, platform, stored, expected) => {
    expect(effectiveRole(group, author(id, platform), () => stored)).toBe(expected);
  });

  it('asks the store only when the platform does not know', () => {
    let asked = 0;
    const stored = (): Role => {
      asked += 1;
      return 'staff';
    };
    effectiveRole(group, author('u-juf', 'unknown'), stored);
    effectiveRole(group, author('u-tom', 'parent'), stored);
    expect(asked).toBe(0);
    effectiveRole(group, author('u-tom', 'unknown'), stored);
    expect(asked).toBe(1);
  });
});
