import { parseArgs } from 'node:util';
import type { CliCommand } from './cli-command.js';
import { openCliStore } from './cli-store.js';

/**
 * `klaswacht purge [--db PATH]`: applies each group's retention limit now, the same
 * call the scheduler makes daily. The store audits it with the counts.
 */
export const purgeCommand: CliCommand = {
  name: 'purge',
  usage: 'klaswacht purge [--db PATH] [--json]',
  summary: "delete what is older than each group's retention period (AVG)",
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
    const { store, path } = openCliStore(io, values.db);
    try {
      const counts = store.purgeExpired(new Date());
      if (values.json) io.stdout.write(`${JSON.stringify(counts)}\n`);
      else {
        const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
        io.stdout.write(`purged from ${path}: ${parts.join(', ')}\n`);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
