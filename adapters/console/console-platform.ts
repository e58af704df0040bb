import { join } from 'node:path';
import type { PlatformFactory } from '../../src/app/platforms/platform-factory.js';
import { ConsoleAdapter } from './console-adapter.js';
import { loadConsoleRoster } from './console-roster.js';

/**
 * The console class group as a platform: the fallback `npm start` runs when no
 * platform token is set. Its roster (`config/console-roster.yaml`, or the file in
 * `KLASWACHT_CONSOLE_ROSTER`) seeds the group with its teacher and supervisor, so a
 * fresh clone shows alerts without anyone running `setup` first.
 */
export const consolePlatform: PlatformFactory = {
  platform: 'console',
  enabledBy: 'KLASWACHT_CONSOLE',
  description: 'the console class group: "Name: text" lines on standard input, the group on standard output',
  async create(context) {
    const path =
      context.env.KLASWACHT_CONSOLE_ROSTER?.trim() || join(context.configDir, 'console-roster.yaml');
    const roster = loadConsoleRoster(path);
    const adapter = new ConsoleAdapter({
      input: context.stdin,
      output: context.stdout,
      roster,
      clock: context.clock,
      log: context.log,
    });
    const staff = (role: 'teacher' | 'supervisor') => {
      const m = roster.members.find((x) => x.role === role);
      return m ? { platformId: adapter.userIdOf(m.name), name: m.name } : undefined;
    };
    const teacher = staff('teacher');
    const supervisor = staff('supervisor');
    const { chatId, className, school, type, language, timeZone, lessonHours } = roster.group;
    return {
      adapter,
      finished: adapter.finished,
      seedGroups: [
        {
          chatId,
          className,
          school,
          type,
          language,
          timeZone,
          lessonHours,
          ...(teacher ? { teacher } : {}),
          ...(supervisor ? { supervisor } : {}),
        },
      ],
    };
  },
};
