import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { auditContract } from './contract/audit.contract.js';
import { consentContract } from './contract/consent.contract.js';
import { contactsContract } from './contract/contacts.contract.js';
import type { StoreUnderTest } from './contract/fixtures.js';
import { groupsContract } from './contract/groups.contract.js';
import { incidentStatusContract } from './contract/incident-status.contract.js';
import { incidentsContract } from './contract/incidents.contract.js';
import { jobRunsContract } from './contract/job-runs.contract.js';
import { linkCodesContract } from './contract/link-codes.contract.js';
import { mailOutboxContract } from './contract/mail-outbox.contract.js';
import { membersContract } from './contract/members.contract.js';
import { outboxContract } from './contract/outbox.contract.js';
import { privacyContract } from './contract/privacy.contract.js';
import { remindersContract } from './contract/reminders.contract.js';
import { transactionsContract } from './contract/transactions.contract.js';

/**
 * Registers the one contract every Store implementation must pass. Call it from an
 * implementation's test file with a factory that returns a fresh, empty store.
 */
export function describeStoreContract(name: string, createStore: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;
    beforeEach(() => {
      store = createStore();
    });
    afterEach(() => {
      store?.close();
      store = undefined;
    });
    const current: StoreUnderTest = () => {
      if (!store) throw new Error('no store: the contract runs inside a test');
      return store;
    };
    groupsContract(current);
    membersContract(current);
    incidentsContract(current);
    incidentStatusContract(current);
    consentContract(current);
    contactsContract(current);
    remindersContract(current);
    linkCodesContract(current);
    auditContract(current);
    outboxContract(current);
    privacyContract(current);
    mailOutboxContract(current);
    jobRunsContract(current);
    transactionsContract(current);
  });
}
