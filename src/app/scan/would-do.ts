import type { Language } from '../../core/categories.js';
import type { AlertNote, PolicyAction } from '../../core/policy/index.js';
import { reportText } from './report-text.js';

type Phrases = {
  readonly delete: string;
  readonly remindGroup: (topic: string) => string;
  readonly noteToPoster: string;
  readonly explainDeletion: string;
  readonly alertTeacher: string;
  readonly alertSupervisor: string;
  readonly urgent: string;
  readonly support: string;
  readonly mute: (minutes: number) => string;
  readonly notes: Partial<Record<AlertNote, string>>;
};

const NL: Phrases = {
  delete: 'bericht verwijderen',
  remindGroup: (topic) => `herinnering in de groep (${topic})`,
  noteToPoster: 'privé-herinnering aan de plaatser',
  explainDeletion: 'privé-uitleg van de verwijdering',
  alertTeacher: 'leerkracht waarschuwen',
  alertSupervisor: 'leidinggevende waarschuwen',
  urgent: 'dringend',
  support: 'hulplijnen privé aanbieden',
  mute: (m) => `${m} minuten dempen`,
  notes: {
    police_report_possible: 'aangifte mogelijk',
    report_duty_inspector: 'melden bij de vertrouwensinspecteur',
    raised_by_strikes: 'zwaarder door eerdere overtredingen',
  },
};

const EN: Phrases = {
  delete: 'delete the message',
  remindGroup: (topic) => `reminder in the group (${topic})`,
  noteToPoster: 'private reminder to the poster',
  explainDeletion: 'private note explaining the deletion',
  alertTeacher: 'alert the teacher',
  alertSupervisor: 'alert the supervisor',
  urgent: 'urgent',
  support: 'offer the helplines privately',
  mute: (m) => `mute for ${m} minutes`,
  notes: {
    police_report_possible: 'police report possible',
    report_duty_inspector: 'report to the confidential inspector',
    raised_by_strikes: 'raised by earlier breaches',
  },
};

/**
 * The policy's actions as a teacher reads them in a scan report: what the bot WOULD
 * have done, in plain words, with the notes that matter (aangifte, strikes).
 */
export function describeActions(actions: readonly PolicyAction[], lang: Language, now: Date): string[] {
  const p = lang === 'en' ? EN : NL;
  const t = reportText(lang);
  const out: string[] = [];
  for (const a of actions) {
    switch (a.kind) {
      case 'delete':
        out.push(p.delete);
        break;
      case 'remind_group':
        out.push(p.remindGroup(t.category[a.topic].toLocaleLowerCase(t.locale)));
        break;
      case 'remind_member':
        out.push(a.deleted ? p.explainDeletion : p.noteToPoster);
        break;
      case 'alert_teacher':
      case 'alert_supervisor': {
        const extra = [a.urgent ? p.urgent : '', ...a.notes.map((n) => p.notes[n] ?? '')].filter(Boolean);
        const who = a.kind === 'alert_teacher' ? p.alertTeacher : p.alertSupervisor;
        out.push(extra.length > 0 ? `${who} (${extra.join(', ')})` : who);
        break;
      }
      case 'offer_support':
        out.push(p.support);
        break;
      case 'mute':
        out.push(p.mute(Math.round((a.until.getTime() - now.getTime()) / 60_000)));
        break;
    }
  }
  return [...new Set(out)];
}
