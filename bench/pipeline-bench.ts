import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { startBot } from '../src/app/composition-root.js';
import { DEFAULT_CONFIG_DIR } from '../src/app/paths.js';
import { chatMessages } from './chat-messages.js';

const MEMBERS = ['Anna', 'Bram', 'Cem', 'Daan', 'Eva', 'Finn', 'Juf Marieke'];

/** What one run through the whole bot measured. */
export interface PipelineFigures {
  readonly messages: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakRssMb: number;
  readonly heapGrowthMb: number;
  readonly incidents: number;
  readonly outputLines: number;
}

/**
 * The whole bot on the console class group: `count` generated chat lines (Dutch and
 * English, about 10% with something to flag) read from a stream, parsed by the console
 * adapter, judged, decided, recorded in a SQLite file, acted on and alerted, exactly as
 * `npm start` does with piped input. Input is generated lazily and output discarded, so
 * memory measures the bot, not the test.
 */
export async function runPipeline(count: number): Promise<PipelineFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'klaswacht-bench-'));
  const gc = (globalThis as { gc?: () => void }).gc;
  let outputLines = 0;
  const sink = (countLines: boolean) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        if (countLines) for (const b of chunk) if (b === 10) outputLines += 1;
        done();
      },
    });
  // Chunks of about 16 KB, each in its own turn of the event loop, as piped standard
  // input arrives (a generator read synchronously would starve timers, the bot's and
  // the memory sampler's alike).
  async function* lines() {
    let i = 0;
    let chunk = '';
    for (const m of chatMessages(count, 7)) {
      chunk += `${MEMBERS[i++ % MEMBERS.length]}: ${m.text}\n`;
      if (chunk.length >= 16_384) {
        yield chunk;
        chunk = '';
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (chunk) yield chunk;
  }
  try {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakRss = process.memoryUsage().rss;
    const sample = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 25);
    const started = process.hrtime.bigint();
    const bot = await startBot({
      env: { KLASWACHT_SECRET: 'bench-secret-0123456789abcdef', KLASWACHT_LOG: 'error' },
      cwd: dir,
      configDir: DEFAULT_CONFIG_DIR,
      stdin: Readable.from(lines(), { objectMode: false }),
      stdout: sink(true),
      stderr: sink(false),
      dbPath: join(dir, 'bench.sqlite'),
    });
    await bot.finished;
    await bot.brain.drain();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sample);
    const incidents = bot.store.incidents.list({ limit: 100_000 }).length;
    await bot.stop();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    gc?.();
    return {
      messages: count,
      seconds,
      perSecond: count / seconds,
      peakRssMb: peakRss / 1024 / 1024,
      heapGrowthMb: (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024,
      incidents,
      outputLines,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench`, second section: the pipeline at full size and at a quarter, to show memory stays flat. */
export async function runPipelineBench(count: number): Promise<string> {
  const quarter = await runPipeline(Math.max(1000, Math.floor(count / 4)));
  const full = await runPipeline(count);
  const row = (f: PipelineFigures) =>
    `${String(f.messages).padStart(8)}  ${Math.round(f.perSecond).toLocaleString('en').padStart(8)}  ${f.seconds.toFixed(1).padStart(6)}  ${f.peakRssMb.toFixed(0).padStart(11)}  ${f.heapGrowthMb.toFixed(1).padStart(14)}  ${String(f.incidents).padStart(9)}`;
  return [
    '',
    `pipeline: console class group -> console adapter -> core -> policy -> SQLite (WAL) -> actions and alerts, one process, one core`,
    'messages     msg/s       s  peak RSS MB  heap growth MB  incidents',
    row(quarter),
    row(full),
    `target >= 5,000 msg/s: ${full.perSecond >= 5000 ? 'met' : 'NOT met'}; peak RSS ${quarter.peakRssMb.toFixed(0)} MB at ${quarter.messages} messages vs ${full.peakRssMb.toFixed(0)} MB at ${full.messages}`,
  ].join('\n');
}
