import { runCoreBench } from './core-bench.js';
import { runPipelineBench } from './pipeline-bench.js';

/** `npm run bench`: every figure the README quotes, from one process. */
const count = Number(process.env.KLASWACHT_BENCH_MESSAGES ?? 200_000);
console.log(runCoreBench(count));
console.log(await runPipelineBench(process.env.KLASWACHT_BENCH_MESSAGES ? count : 100_000));
