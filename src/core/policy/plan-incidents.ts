import { type Category, severityRank } from '../categories.js';
import type { Finding } from '../finding.js';
import { CATEGORY_RULES } from './category-rules.js';
import { needsConsentCheck } from './consent-rule.js';
import { checkDerailing } from './derailing.js';
import type { PlannedIncident } from './policy-action.js';
import type { PolicyInput } from './policy-input.js';
import { raiseForStrikes, type StrikeWeight } from './strikes.js';

/**
 * The incidents one message gives: one per category of its standing findings (the
 * store's key), led by the category's most severe finding, raised by strikes where the
 * category counts as a breach; then the events the bot raises itself (A5 consent,
 * B3 derailing). `why` collects a line per decision.
 */
export function planIncidents(input: PolicyInput, strikes: StrikeWeight, why: string[]): PlannedIncident[] {
  const selfHarm = input.findings.some((f) => f.category === 'self_harm');
  const planned: PlannedIncident[] = [];
  for (const [category, findings] of byCategory(input.findings)) {
    const lead = worst(findings);
    const rule = CATEGORY_RULES[category];
    const mayRaise = rule.strike && !selfHarm;
    const { severity, raised } = mayRaise
      ? raiseForStrikes(lead.severity, strikes, input.settings.strikes)
      : { severity: lead.severity, raised: undefined };
    planned.push({
      category,
      severity,
      rule: lead.rule,
      ...(lead.kind !== undefined ? { kind: lead.kind } : {}),
      ...(lead.target !== undefined ? { target: lead.target } : {}),
      why: lead.why,
      clause: rule.clause,
      spans: findings.map((f) => ({ start: f.start, end: f.end })),
      withAuthor: true,
      ...(raised ? { raised } : {}),
    });
    why.push(`${category} (${rule.clause}): ${lead.severity} finding by rule ${lead.rule}`);
    if (raised) {
      why.push(
        `${category}: raised ${raised.from} -> ${severity}: ${raised.count} earlier breaches within ${input.settings.strikes.windowDays} days weigh ${raised.weight} (A7)`,
      );
    }
  }
  const consent = planConsent(input, why);
  if (consent) planned.push(consent);
  const derailing = planDerailing(input, planned, why);
  if (derailing) planned.push(derailing);
  return planned;
}

function planConsent(input: PolicyInput, why: string[]): PlannedIncident | undefined {
  const { media, authorRole } = input.message;
  if (!needsConsentCheck(media, authorRole) || input.consent === undefined) return undefined;
  if (input.consent.covered) {
    why.push(`media_without_consent (A5): the consent register covers this ${media.kind}`);
    return undefined;
  }
  why.push(`media_without_consent (A5): ${media.kind} from a member the consent register does not cover`);
  return {
    category: 'media_without_consent',
    severity: input.settings.consent.severity,
    rule: `consent-register:${media.kind}`,
    why: `A5: ${media.kind} posted without consent in the register`,
    facts: { media: media.kind },
    clause: 'A5',
    spans: [],
    withAuthor: true,
  };
}

function planDerailing(
  input: PolicyInput,
  planned: readonly PlannedIncident[],
  why: string[],
): PlannedIncident | undefined {
  const flagged = planned.some((p) => CATEGORY_RULES[p.category].countsForDerailing);
  if (!flagged) return undefined;
  const check = checkDerailing(
    input.history.group,
    { messageId: input.message.ref.messageId, author: input.author, flagged },
    input.now,
    input.settings.derailing,
    input.history.lastDerailing,
  );
  why.push(check.derailing ? `derailing: ${check.why}` : check.why);
  if (!check.derailing) return undefined;
  return {
    category: 'derailing',
    severity: 'high',
    rule: `derailing:${check.messages}-messages-${check.authors}-people`,
    why: check.why,
    clause: 'B3',
    spans: [],
    withAuthor: false,
    facts: {
      messages: check.messages,
      people: check.authors,
      minutes: input.settings.derailing.windowMinutes,
    },
  };
}

function byCategory(findings: readonly Finding[]): Map<Category, Finding[]> {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    if (f.vetoed) continue;
    const list = groups.get(f.category);
    if (list) list.push(f);
    else groups.set(f.category, [f]);
  }
  return groups;
}

function worst(findings: readonly Finding[]): Finding {
  let lead = findings[0] as Finding;
  for (const f of findings) if (severityRank(f.severity) > severityRank(lead.severity)) lead = f;
  return lead;
}
