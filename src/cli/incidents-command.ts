import { parseArgs } from 'node:util';
import { INCIDENT_STATUSES, type IncidentStatus } from '../store/incident-status.js';
import type { Incident } from '../store/incidents.js';
import { type CliCommand, UsageError } from './cli-command.js';
import { cliActor, openCliStore } from './cli-store.js';

/** One incident as operators and scripts see it: no names, the excerpt masked as stored. */
export interface IncidentRow {
  readonly id: number;
  readonly group: number;
  readonly platform: string;
  readonly category: Incident['category'];
  readonly kind?: Incident['kind'];
  readonly severity: Incident['severity'];
  readonly status: Incident['status'];
  readonly excerpt: string;
  readonly time: string;
}

export function toRow(i: Incident): IncidentRow {
  return {
    id: i.id,
    group: i.groupId,
    platform: i.ref.platform,
    category: i.category,
    ...(i.kind ? { kind: i.kind } : {}),
    severity: i.severity,
    status: i.status,
    excerpt: i.excerpt,
    time: i.createdAt.toISOString(),
  };
}

/**
 * `klaswacht incidents [--json] [--db PATH] [--group N] [--status S] [--limit N]`:
 * the stored incidents, newest first. With `--json` one JSON array (for `jq` and
 * scripts); otherwise a table. The listing is audited (`incidents.exported`).
 */
export const incidentsCommand: CliCommand = {
  name: 'incidents',
  usage:
    'klaswacht incidents [--json] [--db PATH] [--group N] [--status open|seen|resolved|false_alarm] [--limit N]',
  summary: 'list stored incidents (masked excerpts) for operators and scripts',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        json: { type: 'boolean' },
        db: { type: 'string' },
        group: { type: 'string' },
        status: { type: 'string' },
        limit: { type: 'string' },
      },
    });
    const group = values.group === undefined ? undefined : positiveInt(values.group, '--group');
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit');
    if (values.status !== undefined && !(INCIDENT_STATUSES as readonly string[]).includes(values.status)) {
      throw new UsageError(`--status must be one of ${INCIDENT_STATUSES.join(', ')}`);
    }
    const { store } = openCliStore(io, values.db);
    try {
      const incidents = store.incidents.list({
        ...(group ? { groupId: group } : {}),
        ...(values.status ? { status: values.status as IncidentStatus } : {}),
        ...(limit ? { limit } : {}),
      });
      store.audit.record({
        at: new Date(),
        actor: cliActor(),
        action: 'incidents.exported',
        ...(group ? { groupId: group } : {}),
        details: { incidents: incidents.length, via: 'cli' },
      });
      const rows = incidents.map(toRow);
      io.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
      return 0;
    } finally {
      store.close();
    }
  },
};

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number`);
  return n;
}

function table(rows: readonly IncidentRow[]): string {
  if (rows.length === 0) return 'no incidents\n';
  const lines = rows.map(
    (r) =>
      `#${r.id}  ${r.time.slice(0, 16).replace('T', ' ')}  group ${r.group}  ${r.category}${r.kind ? `/${r.kind}` : ''}  ${r.severity}  ${r.status}  ${r.excerpt}`,
  );
  return `${lines.join('\n')}\n`;
}
