import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { type Guard, isThenable, wrapMethods } from '../wrap-methods.js';
import { createMemoryAudit } from './audit.js';
import { createMemoryConsent } from './consent.js';
import { createMemoryContacts } from './contacts.js';
import { createMemoryGroups } from './groups.js';
import { createMemoryIncidents } from './incidents.js';
import { createMemoryJobRuns } from './job-runs.js';
import { createMemoryLinkCodes } from './link-codes.js';
import { createMemoryMailOutbox } from './mail-outbox.js';
import { createMemoryMembers } from './members.js';
import { createMemoryOutbox } from './outbox.js';
import { createMemoryPrivacy } from './privacy.js';
import { createMemoryReminders } from './reminders.js';
import { emptyState, restore, snapshot } from './state.js';

/**
 * The in-memory twin of the SQLite store, for tests and `klaswacht explain`: same
 * interface, same validation, same answers (one contract suite runs against both),
 * nothing written anywhere.
 */
export function createMemoryStore(): Store {
  const s = emptyState();
  const guard: Guard = (operation, fn) => {
    if (s.closed) throw new StoreError('unknown', operation, 'the store is closed');
    return fn();
  };
  const audit = createMemoryAudit(s);
  const members = createMemoryMembers(s, audit);
  const consent = createMemoryConsent(s, audit);
  const contacts = createMemoryContacts(s, audit);
  const privacy = createMemoryPrivacy(s, { members, consent, contacts, audit });

  return {
    groups: wrapMethods('groups', createMemoryGroups(s, audit), guard),
    members: wrapMethods('members', members, guard),
    incidents: wrapMethods('incidents', createMemoryIncidents(s, audit), guard),
    consent: wrapMethods('consent', consent, guard),
    contacts: wrapMethods('contacts', contacts, guard),
    reminders: wrapMethods('reminders', createMemoryReminders(s), guard),
    linkCodes: wrapMethods('linkCodes', createMemoryLinkCodes(s, audit), guard),
    audit: wrapMethods('audit', audit, guard),
    outbox: wrapMethods('outbox', createMemoryOutbox(s), guard),
    mail: wrapMethods('mail', createMemoryMailOutbox(s), guard),
    jobRuns: wrapMethods('jobRuns', createMemoryJobRuns(s), guard),
    transaction: (fn) =>
      guard('store.transaction', () => {
        const before = snapshot(s);
        try {
          const result = fn();
          if (isThenable(result))
            throw new TypeError('store.transaction: fn must be synchronous, got a promise');
          return result;
        } catch (error) {
          restore(s, before);
          throw error;
        }
      }),
    purgeExpired: (now) => guard('store.purgeExpired', () => privacy.purgeExpired(now)),
    exportMember: (q, by, now) => guard('store.exportMember', () => privacy.exportMember(q, by, now)),
    forgetMember: (g, m, by, now) => guard('store.forgetMember', () => privacy.forgetMember(g, m, by, now)),
    close: () => {
      s.closed = true;
    },
  };
}
