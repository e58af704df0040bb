import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openExport } from '../../../adapters/whatsapp-export/export-source.js';
import { scanExport } from '../../../src/app/scan/scan-export.js';
import { engineJudge } from '../../../src/app/scan/scan-judge.js';
import type { ScanReport } from '../../../src/app/scan/scan-report.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import { fakeEngine } from './fake-engine.js';

export const SCAN_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const GROEP_6 = join(SCAN_FIXTURES, 'groep-6-ouders.txt');
export const FIXED_NOW = new Date('2025-03-25T09:00:00Z');

/** Scans a file with the deterministic test engine. */
export async function scanWithTestEngine(path: string): Promise<ScanReport> {
  return scanExport(await openExport(path), {
    judge: engineJudge(fakeEngine()),
    mask: (text, findings) => maskPersonalData(text, findings, 'nl'),
    timeZone: 'Europe/Amsterdam',
    teachers: ['Juf Mirjam'],
    now: () => FIXED_NOW,
  });
}
