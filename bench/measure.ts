/** Per-call latency and throughput of a function over a list of inputs, with peak memory. */
export interface Figures {
  readonly name: string;
  readonly messages: number;
  readonly perSecond: number;
  readonly p50us: number;
  readonly p99us: number;
  readonly peakRssMb: number;
  readonly heapGrowthMb: number;
}

export function measure<T>(name: string, inputs: readonly T[], fn: (input: T) => unknown): Figures {
  const times = new Float64Array(inputs.length);
  let peakRss = process.memoryUsage().rss;
  // Warm-up: let the JIT see the code before we time it.
  for (let i = 0; i < Math.min(2000, inputs.length); i++) fn(inputs[i] as T);
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    const t0 = process.hrtime.bigint();
    fn(inputs[i] as T);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    if ((i & 0x3fff) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    messages: inputs.length,
    perSecond: inputs.length / seconds,
    p50us: sorted[Math.floor(sorted.length * 0.5)] ?? 0,
    p99us: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    peakRssMb: peakRss / 1024 / 1024,
    heapGrowthMb: (heapAfter - heapBefore) / 1024 / 1024,
  };
}

export function formatTable(rows: readonly Figures[]): string {
  const head = ['run', 'messages', 'msg/s', 'p50 us', 'p99 us', 'peak RSS MB', 'heap growth MB'];
  const body = rows.map((r) => [
    r.name,
    String(r.messages),
    Math.round(r.perSecond).toLocaleString('en'),
    r.p50us.toFixed(1),
    r.p99us.toFixed(1),
    r.peakRssMb.toFixed(0),
    r.heapGrowthMb.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}
