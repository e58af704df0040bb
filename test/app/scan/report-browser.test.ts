import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../src/app/scan/report-html.js';
import type { ScanReport } from '../../../src/app/scan/scan-report.js';
import { type Box, colouredPixels, launchChromium, SKIP_BROWSER } from './browser.js';
import { GROEP_6, scanWithTestEngine } from './scan-fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'klaswacht-report-'));
let browser: Browser;
let report: ScanReport;

async function open(
  html: string,
  name: string,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const path = join(tmp, name);
  writeFileSync(path, html);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  return { page, requests, errors };
}

describe.skipIf(SKIP_BROWSER)('the scan report in a real browser (Chromium)', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    report = await scanWithTestEngine(GROEP_6);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the summary, the categories with advice, and people, loading nothing else', async () => {
    const { page, requests, errors } = await open(renderHtmlReport(report, 'nl'), 'report.html');
    expect(await page.title()).toContain('groep-6-ouders.txt');
    const cards = await page.locator('#summary .card').allInnerTexts();
    expect(cards.map((c) => c.replace(/\s+/g, ' '))).toEqual([
      'Periode 3–24 mrt 2025',
      'Berichten 22',
      'Deelnemers 6',
      'Gemarkeerd 8 (36,4%)',
      "Foto's, video's en andere media 1",
      'Ernstigste kritiek',
    ]);
    const categories = await page
      .locator('article.category')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(categories).toEqual(['bullying', 'threat', 'self_harm', 'personal_data', 'profanity']);
    const bullying = page.locator('article[data-category="bullying"]');
    expect(await bullying.locator('tbody tr').count()).toBe(4);
    expect(await bullying.locator('.advice').textContent()).toContain('A7');
    const pd = page.locator('article[data-category="personal_data"] td.excerpt');
    expect(await pd.textContent()).toBe('Kees, bel me even: [telefoonnummer]');
    const people = await page.locator('#by-person tbody tr td:first-child').allInnerTexts();
    expect(people).toEqual(['Kees de Boer', 'Fatima El Amrani', '+•• • ••••••44', 'Pieter Jansen']);
    expect(await page.locator('body').textContent()).not.toMatch(/11223344|12345678|kinderboerderij/);
    expect(requests).toHaveLength(1); // the file itself
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the chart: bars on days with flagged messages, proportional, nothing on other days', async () => {
    const { page } = await open(renderHtmlReport(report, 'nl'), 'chart.html');
    const chart = page.locator('svg.chart');
    const png = await chart.screenshot();
    const origin = (await chart.boundingBox()) as Box;
    const days = report.days.map((d) => d.day);
    const boxes: Box[] = [];
    for (const day of days) {
      const b = (await page.locator(`g[data-day="${day}"] rect.column`).boundingBox()) as Box;
      boxes.push({ x: b.x - origin.x + 1, y: b.y - origin.y, width: b.width - 2, height: b.height - 1 });
    }
    const pixels = await colouredPixels(browser, png, boxes);
    const byDay = new Map(days.map((d, i) => [d, pixels[i]]));
    for (const d of report.days) {
      if (d.flagged > 0) expect(byDay.get(d.day)?.coloured, d.day).toBeGreaterThan(20);
      else expect(byDay.get(d.day)?.coloured, d.day).toBe(0);
    }
    // Three flagged messages stand three times as tall as one.
    const one = byDay.get('2025-03-12')?.colouredRows as number;
    const three = byDay.get('2025-03-14')?.colouredRows as number;
    expect(one).toBeGreaterThan(10);
    expect(three / one).toBeGreaterThan(2.85);
    expect(three / one).toBeLessThan(3.15);
    await page.close();
  });

  it('shows markup from a chat message as text, never as markup', async () => {
    const hostile = {
      ...report,
      flagged: report.flagged.map((f, i) =>
        i === 0
          ? {
              ...f,
              excerpt: '<img src=x onerror=alert(1)> sukkel <script>alert(2)</script>',
              author: '<b>Kees</b>',
            }
          : f,
      ),
      file: '"><script>alert(3)</script>.txt',
    };
    const { page, errors, requests } = await open(renderHtmlReport(hostile, 'en'), 'hostile.html');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(await page.locator('td.excerpt').first().textContent()).toBe(
      '<img src=x onerror=alert(1)> sukkel <script>alert(2)</script>',
    );
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
