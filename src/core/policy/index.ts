/**
 * The policy's public face: `decide` plus the pure event rules the pipeline also
 * needs (is consent needed, is it lesson time, B2's staff-role check), the plain-data
 * rule table and the settings schemas.
 */
export {
  CATEGORY_RULES,
  type CategoryRule,
  categoryRuleSchema,
  categoryRulesSchema,
} from './category-rules.js';
export { needsConsentCheck } from './consent-rule.js';
export { CuePhrases } from './cue-phrases.js';
export { decide } from './decide.js';
export { checkDerailing, type DerailingCheck } from './derailing.js';
export { lessonBlockAt, lessonTimeApplies, localClock } from './lesson-time.js';
export {
  ALERT_NOTES,
  type AlertNote,
  type Decision,
  type PlannedIncident,
  type PolicyAction,
  type PolicyActionKind,
  type Raise,
  type Span,
} from './policy-action.js';
export type {
  LessonBlock,
  PastIncident,
  PolicyCapabilities,
  PolicyGroup,
  PolicyHistory,
  PolicyInput,
  PolicyMessage,
  ReminderTopic,
} from './policy-input.js';
export { type PolicySettings, policySettingsSchema } from './policy-settings.js';
export { routeAlert } from './routing.js';
export {
  checkStaffRole,
  type StaffRoleCheck,
  type StaffRoleInput,
  type StaffRoleSettings,
  staffRoleSettingsSchema,
} from './staff-role.js';
export { raiseForStrikes, type StrikeWeight, strikeWeight } from './strikes.js';
