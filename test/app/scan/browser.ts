import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when it is missing. */
export const CHROMIUM_PATH = process.env.KLASWACHT_CHROMIUM ?? '/usr/bin/chromium';

/** Only an explicit opt-out skips the browser tests; a missing browser fails them. */
export const SKIP_BROWSER = process.env.KLASWACHT_SKIP_BROWSER === '1';

// Flags that work on this kind of machine (closed network, root, no GPU).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium), or set KLASWACHT_SKIP_BROWSER=1 to skip the report's browser tests on purpose`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Per box: how many pixels of a PNG are strongly coloured (bars), not white or grey (grid, text). */
export interface BoxPixels {
  readonly coloured: number;
  readonly total: number;
  /** Rows (from the top of the box) that hold a coloured pixel. */
  readonly colouredRows: number;
}

// Runs in the page (the project's TypeScript has no DOM types, so it is plain JavaScript).
const COUNT_PIXELS = `async ({ b64, boxes }) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + b64;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return boxes.map((b) => {
    const x = Math.max(0, Math.round(b.x));
    const y = Math.max(0, Math.round(b.y));
    const w = Math.max(1, Math.min(img.width - x, Math.round(b.width)));
    const h = Math.max(1, Math.min(img.height - y, Math.round(b.height)));
    const data = ctx.getImageData(x, y, w, h).data;
    let coloured = 0;
    const rows = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) {
        coloured++;
        rows.add(Math.floor(i / 4 / w));
      }
    }
    return { coloured, total: w * h, colouredRows: rows.size };
  });
}`;

/**
 * Reads the pixels of a screenshot in a blank page of the same browser (a canvas
 * decodes the PNG) and counts coloured pixels in each box, in screenshot pixels.
 */
export async function colouredPixels(
  browser: Browser,
  png: Buffer,
  boxes: readonly Box[],
): Promise<BoxPixels[]> {
  // A blank page of its own: the report's content security policy rightly refuses data: images.
  const page = await browser.newPage();
  try {
    const fn = await page.evaluateHandle(`(${COUNT_PIXELS})`);
    return await fn.evaluate((f, arg) => (f as (a: unknown) => Promise<BoxPixels[]>)(arg), {
      b64: png.toString('base64'),
      boxes,
    });
  } finally {
    await page.close();
  }
}
