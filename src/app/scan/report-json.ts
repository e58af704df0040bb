import type { ScanReport } from './scan-report.js';

/** Version of the `scan --json` shape; it only grows, like CONTRACT.md. */
export const SCAN_JSON_VERSION = 1;

/**
 * `klaswacht scan --json`: the same report as the HTML, for scripts and for a school
 * that keeps its own records. Holds exactly what the HTML holds, masked the same way.
 */
export function renderJsonReport(report: ScanReport): string {
  return `${JSON.stringify({ version: SCAN_JSON_VERSION, ...report, generatedAt: report.generatedAt.toISOString() }, null, 2)}\n`;
}
