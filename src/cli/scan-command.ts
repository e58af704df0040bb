import { createWriteStream } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { DATE_ORDERS, type DateOrder } from '../../adapters/whatsapp-export/date-order.js';
import { ExportFileError, openExport } from '../../adapters/whatsapp-export/export-source.js';
import { loadAppConfig } from '../app/config/load-config.js';
import { createEngine, type Engine } from '../app/engine.js';
import { DEFAULT_CONFIG_DIR } from '../app/paths.js';
import { policyJudge } from '../app/scan/policy-judge.js';
import { PROGRESS_MIN_BYTES, ProgressBar } from '../app/scan/progress-bar.js';
import { renderHtmlReport } from '../app/scan/report-html.js';
import { renderJsonReport } from '../app/scan/report-json.js';
import { scanExport } from '../app/scan/scan-export.js';
import { loadTemplates } from '../app/templates/load-templates.js';
import { createRenderer } from '../app/templates/renderer.js';
import { isLanguage } from '../core/categories.js';
import { maskPersonalData } from '../core/mask.js';
import { GROUP_TYPES, type GroupType } from '../store/groups.js';
import { type CliCommand, UsageError } from './cli-command.js';

/**
 * `klaswacht scan <export>`: a teacher or parent exported a WhatsApp class group (a bot
 * cannot join WhatsApp); this judges every message like the bot would and writes a
 * report. Reads the file, writes the report, stores nothing else.
 */
export function makeScanCommand(
  engineFor: (configDir: string | undefined) => Engine = (configDir) =>
    createEngine(configDir ? { configDir } : {}),
): CliCommand {
  return {
    name: 'scan',
    usage:
      'klaswacht scan <export.txt|export.zip> [--out report.html|-] [--json] [--lang nl|en] [--teacher NAME]... [--tz ZONE] [--group parents|pupils|staff] [--date-order dmy|mdy|ymd] [--config DIR]',
    summary: 'scan a WhatsApp chat export and write an HTML (or --json) report',
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          out: { type: 'string', short: 'o' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          teacher: { type: 'string', multiple: true },
          tz: { type: 'string' },
          'date-order': { type: 'string' },
          config: { type: 'string' },
          group: { type: 'string' },
        },
      });
      if (positionals.length !== 1) throw new UsageError('give exactly one export file');
      const lang = values.lang ?? 'nl';
      if (!isLanguage(lang)) throw new UsageError('--lang must be nl or en');
      const order = values['date-order'];
      if (order !== undefined && !DATE_ORDERS.includes(order as DateOrder))
        throw new UsageError('--date-order must be dmy, mdy or ymd');
      const timeZone = values.tz ?? 'Europe/Amsterdam';
      if (!isTimeZone(timeZone)) throw new UsageError(`--tz: unknown time zone "${timeZone}"`);
      const groupType = values.group ?? 'parents';
      if (!GROUP_TYPES.includes(groupType as GroupType))
        throw new UsageError('--group must be parents, pupils or staff');
      const configDir = values.config ?? DEFAULT_CONFIG_DIR;
      const judge = policyJudge(engineFor(values.config), {
        settings: loadAppConfig(configDir).policy,
        groupType: groupType as GroupType,
        timeZone,
        lang,
        renderer: createRenderer(loadTemplates(configDir)),
      });

      let source: Awaited<ReturnType<typeof openExport>>;
      try {
        source = await openExport(positionals[0] as string);
      } catch (e) {
        if (!(e instanceof ExportFileError)) throw e;
        io.stderr.write(`klaswacht scan: ${e.message}\n`);
        return 1;
      }
      const bar =
        io.isTty && source.size >= PROGRESS_MIN_BYTES
          ? new ProgressBar(io.stderr, source.size, source.name)
          : undefined;
      let report: Awaited<ReturnType<typeof scanExport>>;
      try {
        report = await scanExport(source, {
          judge,
          mask: (text, findings) => maskPersonalData(text, findings, lang),
          timeZone,
          ...(order ? { dateOrder: order as DateOrder } : {}),
          teachers: values.teacher ?? [],
          ...(bar ? { onProgress: (n: number) => bar.update(n) } : {}),
          now: () => new Date(),
        });
      } catch (e) {
        if (!(e instanceof ExportFileError)) throw e;
        io.stderr.write(`${bar ? '\n' : ''}klaswacht scan: ${e.message}\n`);
        return 1;
      }
      bar?.finish();

      const content = values.json ? renderJsonReport(report) : renderHtmlReport(report, lang);
      const out = values.out ?? (values.json ? '-' : defaultReportPath(source.name));
      if (out === '-') {
        io.stdout.write(content);
        return 0;
      }
      const stream = createWriteStream(out);
      stream.end(content);
      await finished(stream);
      const s = report.summary;
      io.stdout.write(
        lang === 'en'
          ? `${s.messages} messages, ${s.flaggedMessages} flagged. Report: ${resolve(out)}\n`
          : `${s.messages} berichten, ${s.flaggedMessages} gemarkeerd. Rapport: ${resolve(out)}\n`,
      );
      return 0;
    },
  };
}

export const scanCommand: CliCommand = makeScanCommand();

/** `WhatsApp Chat met Groep 6.zip` -> `WhatsApp Chat met Groep 6.klaswacht.html`, in the working folder. */
export function defaultReportPath(exportName: string): string {
  return `${basename(exportName, extname(exportName))}.klaswacht.html`;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
