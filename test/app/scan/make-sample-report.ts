/**
 * Regenerates the README's sample scan report and its screenshot from the invented
 * export in fixtures/, with the shipped configuration (real engine, real policy):
 *
 *     node --import tsx test/app/scan/make-sample-report.ts
 *
 * Writes docs/sample-scan-report.html and docs/sample-scan-report.png. Not a test:
 * the sample changes whenever the detectors improve, and that is fine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openExport } from '../../../adapters/whatsapp-export/export-source.js';
import { loadAppConfig } from '../../../src/app/config/load-config.js';
import { createEngine } from '../../../src/app/engine.js';
import { DEFAULT_CONFIG_DIR, PROJECT_ROOT } from '../../../src/app/paths.js';
import { policyJudge } from '../../../src/app/scan/policy-judge.js';
import { renderHtmlReport } from '../../../src/app/scan/report-html.js';
import { scanExport } from '../../../src/app/scan/scan-export.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import { launchChromium } from './browser.js';
import { SCAN_FIXTURES } from './scan-fixture.js';

const docs = join(PROJECT_ROOT, 'docs');
const htmlPath = join(docs, 'sample-scan-report.html');
const pngPath = join(docs, 'sample-scan-report.png');

const judge = policyJudge(createEngine(), {
  settings: loadAppConfig(DEFAULT_CONFIG_DIR).policy,
  groupType: 'parents',
  timeZone: 'Europe/Amsterdam',
  lang: 'nl',
  renderer: createRenderer(loadTemplates(DEFAULT_CONFIG_DIR)),
});
const report = await scanExport(await openExport(join(SCAN_FIXTURES, 'sample-groep-7b.txt')), {
  judge,
  mask: (text, findings) => maskPersonalData(text, findings, 'nl'),
  timeZone: 'Europe/Amsterdam',
  teachers: ['Meester Tom'],
  now: () => new Date('2025-09-30T08:00:00Z'),
});
mkdirSync(docs, { recursive: true });
writeFileSync(htmlPath, renderHtmlReport(report, 'nl'));

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(htmlPath).href);
  await page.screenshot({ path: pngPath, fullPage: true });
} finally {
  await browser.close();
}
process.stdout.write(
  `${report.summary.messages} messages, ${report.summary.flaggedMessages} flagged: ${htmlPath}, ${pngPath}\n`,
);
