/**
 * The storage seam's public face: import from here, not from the implementation files,
 * so the pipeline depends on the `Store` interface and picks an implementation once.
 */
export type {
  AuditAction,
  AuditDetails,
  AuditEntry,
  AuditFilter,
  AuditRepo,
  NewAuditEntry,
} from './audit.js';
export { AUDIT_ACTIONS } from './audit.js';
export type { ConsentEntry, ConsentGrant, ConsentMediaKind, ConsentRepo } from './consent.js';
export { CONSENT_MEDIA_KINDS } from './consent.js';
export type { ContactRepo, EmailContact, NewContact } from './contacts.js';
export type {
  Group,
  GroupPatch,
  GroupRepo,
  GroupType,
  LessonHours,
  NewGroup,
  StaffContact,
} from './groups.js';
export { DEFAULT_RETENTION_DAYS, DEFAULT_TIME_ZONE, GROUP_TYPES } from './groups.js';
export type { IncidentStatus } from './incident-status.js';
export { canTransition, INCIDENT_STATUSES } from './incident-status.js';
export type {
  Incident,
  IncidentAuthor,
  IncidentFilter,
  IncidentRepo,
  NewIncident,
  RecordResult,
  StatusChange,
  TimeWindow,
} from './incidents.js';
export { MAX_EXCERPT_LENGTH } from './incidents.js';
export type { ClaimRun, JobRun, JobRunRepo, JobRunStatus } from './job-runs.js';
export { JOB_RUN_STATUSES } from './job-runs.js';
export type { LinkCodePurpose, LinkCodeRepo, LinkCodeResult, NewLinkCode } from './link-codes.js';
export { LINK_CODE_PURPOSES } from './link-codes.js';
export type { MailEntry, MailFilter, MailOutboxRepo, MailStatus, NewMail } from './mail-outbox.js';
export { MAIL_STATUSES, MAX_MAIL_TEXT } from './mail-outbox.js';
export type { Member, MemberRepo, MemberSeen } from './members.js';
export { createMemoryStore } from './memory/memory-store.js';
export type {
  NewOutboxEntry,
  OutboxEntry,
  OutboxFailure,
  OutboxFilter,
  OutboxRecipient,
  OutboxRepo,
  OutboxWaiting,
} from './outbox.js';
export { MAX_OUTBOX_TEXT, OUTBOX_RECIPIENTS, OUTBOX_WAITING } from './outbox.js';
export type { Pseudonym } from './pseudonym.js';
export {
  createPseudonymiser,
  isPseudonym,
  MIN_SECRET_BYTES,
  parsePseudonym,
  pseudonymise,
} from './pseudonym.js';
export type { NewReminder, ReminderQuery, ReminderRecord, ReminderRepo } from './reminders.js';
export type { SqliteStoreOptions } from './sqlite/open.js';
export { openSqliteStore } from './sqlite/open.js';
export type { ForgetCounts, MemberExport, MemberExportQuery, PurgeCounts, Store } from './store.js';
export type { StoreErrorCode } from './store-error.js';
export { isStoreError, STORE_ERROR_CODES, StoreError } from './store-error.js';
