import { describe, expect, it } from 'vitest';
import { openExport } from '../../../adapters/whatsapp-export/export-source.js';
import { loadAppConfig } from '../../../src/app/config/load-config.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { policyJudge } from '../../../src/app/scan/policy-judge.js';
import { renderHtmlReport } from '../../../src/app/scan/report-html.js';
import { scanExport } from '../../../src/app/scan/scan-export.js';
import type { ScanReport } from '../../../src/app/scan/scan-report.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import { fakeEngine } from './fake-engine.js';
import { FIXED_NOW, GROEP_6 } from './scan-fixture.js';

async function scanWithPolicy(lang: 'nl' | 'en' = 'nl'): Promise<ScanReport> {
  const judge = policyJudge(fakeEngine(), {
    settings: loadAppConfig(DEFAULT_CONFIG_DIR).policy,
    groupType: 'parents',
    timeZone: 'Europe/Amsterdam',
    lang,
    renderer: createRenderer(loadTemplates(DEFAULT_CONFIG_DIR)),
  });
  return scanExport(await openExport(GROEP_6), {
    judge,
    mask: (text, findings) => maskPersonalData(text, findings, 'nl'),
    timeZone: 'Europe/Amsterdam',
    teachers: ['Juf Mirjam'],
    now: () => FIXED_NOW,
  });
}

describe('the scan with the policy in a dry run', () => {
  it('says what the bot would have done with each flagged message', async () => {
    const r = await scanWithPolicy();
    expect(r.policyApplied).toBe(true);
    const byLine = new Map(r.flagged.map((f) => [f.line, f]));
    expect(byLine.get(10)?.wouldDo).toEqual([
      'bericht verwijderen',
      'privé-uitleg van de verwijdering',
      'herinnering in de groep (persoonsgegevens)',
      'leerkracht waarschuwen',
    ]);
    const selfHarm = r.flagged.find((f) => f.worst === 'critical');
    expect(selfHarm?.wouldDo).toContain('hulplijnen privé aanbieden');
    expect(selfHarm?.wouldDo.some((w) => w.startsWith('herinnering in de groep'))).toBe(false);
    expect(selfHarm?.wouldDo).toContain('leerkracht waarschuwen (dringend)');
  });

  it('raises a repeat offender one step (A7) and says why', async () => {
    const r = await scanWithPolicy();
    const firstInsult = r.flagged.find((f) => f.line === 9);
    const laterInsult = r.flagged.find((f) => f.line === 18);
    expect(firstInsult?.findings[0]?.severity).toBe('medium');
    expect(laterInsult?.findings[0]?.severity).toBe('high');
    expect(laterInsult?.wouldDo.join(' ')).toContain('zwaarder door eerdere overtredingen');
  });

  it('spots the heated evening as derailing (B3) and alerts the supervisor', async () => {
    const r = await scanWithPolicy();
    expect(r.summary.byCategory.derailing?.messages).toBe(1);
    const derail = r.flagged.find((f) => f.findings.some((x) => x.category === 'derailing'));
    expect(derail?.day).toBe('2025-03-14');
    expect(derail?.findings.find((x) => x.category === 'derailing')?.why).toBe(
      '3 gemarkeerde berichten van 2 leden binnen 10 minuten (B3).',
    );
    expect(derail?.wouldDo.some((w) => w.startsWith('leidinggevende waarschuwen'))).toBe(true);
    const html = renderHtmlReport(r, 'nl');
    expect(html).toContain('<th>De bot zou</th>');
    expect(html).toContain('data-category="derailing"');
  });

  it('speaks English when asked', async () => {
    const r = await scanWithPolicy('en');
    expect(r.flagged.find((f) => f.line === 10)?.wouldDo[0]).toBe('delete the message');
  });
});
