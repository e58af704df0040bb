import { expect } from 'vitest';
import type { Group, NewGroup } from '../../../src/store/groups.js';
import type { NewIncident } from '../../../src/store/incidents.js';
import { createPseudonymiser, type Pseudonym } from '../../../src/store/pseudonym.js';
import type { Store } from '../../../src/store/store.js';
import { StoreError, type StoreErrorCode } from '../../../src/store/store-error.js';

/** Gives each contract part the store of the running test. */
export type StoreUnderTest = () => Store;

/** Monday 3 March 2025, 09:00 in Amsterdam. Every test time is an offset from here. */
export const T0 = new Date('2025-03-03T08:00:00.000Z');
export const MINUTE = 60_000;
export const DAY = 86_400_000;
export const at = (offsetMs: number): Date => new Date(T0.getTime() + offsetMs);

const pseudonymise = createPseudonymiser('contract-suite-secret-not-for-production');
export const anna: Pseudonym = pseudonymise('telegram', '1001');
export const bram: Pseudonym = pseudonymise('telegram', '1002');
export const cem: Pseudonym = pseudonymise('telegram', '1003');

export const TEACHER = 'telegram:777';

export function newGroup(overrides: Partial<NewGroup> = {}): NewGroup {
  return {
    platform: 'telegram',
    chatId: '-100200300',
    className: 'Groep 7B',
    school: 'De Regenboog',
    type: 'parents',
    language: 'nl',
    createdAt: T0,
    ...overrides,
  };
}

export function makeGroup(store: Store, overrides: Partial<NewGroup> = {}): Group {
  return store.groups.create(newGroup(overrides), TEACHER);
}

let messageSeq = 0;

/** A bullying incident by Anna unless told otherwise; every call gets a new message id. */
export function newIncident(group: Group, overrides: Partial<NewIncident> = {}): NewIncident {
  messageSeq += 1;
  return {
    groupId: group.id,
    category: 'bullying',
    severity: 'medium',
    rule: 'lexicon:insult-2p',
    target: 'person',
    why: 'Een scheldwoord gericht aan een ander lid.',
    excerpt: 'jij bent een ******',
    ref: { platform: group.platform, chatId: group.chatId, messageId: `m${messageSeq}` },
    author: { pseudonym: anna, name: 'Anna de Vries' },
    createdAt: T0,
    ...overrides,
  };
}

/** Asserts that `fn` throws a StoreError with this code, and returns it for more checks. */
export function expectStoreError(fn: () => unknown, code: StoreErrorCode): StoreError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StoreError);
  const error = caught as StoreError;
  expect(error.code).toBe(code);
  return error;
}
