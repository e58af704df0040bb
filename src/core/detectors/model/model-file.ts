import { z } from 'zod';
import { ConfigError } from '../../config-error.js';
import { type AbuseModel, type CategoryModel, MODEL_CATEGORIES } from './abuse-model.js';
import { decodeBase64, encodeBase64 } from './base64.js';
import { hashBytes } from './feature-hash.js';
import { EXTRACTOR_VERSION, type FeatureSettings } from './features.js';
import { featureFingerprint } from './fingerprint.js';

/**
 * The model file (`config/model/abuse-model.json`), one JSON object:
 *
 * - `format`, `version`: what this is (`klaswacht-abuse-model`, 1);
 * - `features`: the FeatureSettings it was trained with, and `fingerprint`, the hash of
 *   what this build's feature code computes under them (a mismatch stops start-up);
 * - `training`: how it was made (corpus files and their hash, options, seed), for people;
 * - `categories`: per category its bias, quantisation `scale`, the `threshold` chosen by
 *   cross-validation and the cross-validated precision and recall at that threshold;
 * - `weights`: the non-zero int8 weights, sparse: `index` is base64 of the ascending
 *   bucket numbers as LEB128 deltas, `values` base64 of K signed bytes per listed bucket
 *   (one per category, in `categories` order); `count` buckets are listed;
 * - `checksum`: FNV-1a of the two decoded blocks, to catch a damaged file.
 */
export const MODEL_FORMAT = 'klaswacht-abuse-model';
export const MODEL_VERSION = 1;

const featureSchema = z
  .object({
    extractor: z.number().int(),
    bucketsLog2: z.number().int().min(8).max(22),
    wordWeight: z.number().min(0),
    bigramWeight: z.number().min(0),
    skipWeight: z.number().min(0),
    charMin: z.number().int().min(1).max(8),
    charMax: z.number().int().min(1).max(8),
    charWeight: z.number().min(0),
    maxWordChars: z.number().int().min(1).max(64),
    window: z.number().int().min(4).max(512),
    step: z.number().int().min(1).max(512),
    maxWindows: z.number().int().min(2).max(256),
  })
  .strict()
  .refine((f) => f.charMin <= f.charMax && f.step <= f.window, 'charMin <= charMax and step <= window');

const cvSchema = z.object({ precision: z.number(), recall: z.number(), trapHits: z.number().int() }).strict();

const categorySchema = z
  .object({
    category: z.enum(MODEL_CATEGORIES),
    bias: z.number(),
    scale: z.number().positive(),
    threshold: z.number().gt(0).lt(1),
    cv: cvSchema.optional(),
  })
  .strict();

export const modelFileSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    version: z.literal(MODEL_VERSION),
    about: z.string().optional(),
    features: featureSchema,
    fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
    training: z.record(z.string(), z.unknown()).optional(),
    categories: z.array(categorySchema).min(1),
    weights: z.object({ count: z.number().int().min(0), index: z.string(), values: z.string() }).strict(),
    checksum: z.string().regex(/^[0-9a-f]{8}$/),
  })
  .strict();

export type ModelFile = z.infer<typeof modelFileSchema>;

/** Parse and check a model file; every problem is a ConfigError naming `file`. */
export function parseModelFile(content: string, file: string): AbuseModel {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`the model file is not JSON (${(e as Error).message})`, file);
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `bad model file at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`,
      file,
    );
  }
  const m = parsed.data;
  const features = m.features as FeatureSettings;
  if (features.extractor !== EXTRACTOR_VERSION) {
    throw new ConfigError(
      `the model was trained with feature extractor ${features.extractor}, this build has ${EXTRACTOR_VERSION}: retrain it (npm run train)`,
      file,
    );
  }
  const fingerprint = featureFingerprint(features);
  if (fingerprint !== m.fingerprint) {
    throw new ConfigError(
      `the model's feature fingerprint ${m.fingerprint} does not match this build's ${fingerprint}: the feature code changed, retrain it (npm run train)`,
      file,
    );
  }
  const seen = new Set<string>();
  for (const c of m.categories) {
    if (seen.has(c.category)) throw new ConfigError(`category "${c.category}" is listed twice`, file);
    seen.add(c.category);
  }
  const weights = decodeWeights(m, file);
  return { features, categories: m.categories as CategoryModel[], weights, file };
}

function decodeWeights(m: ModelFile, file: string): Int8Array {
  const K = m.categories.length;
  const buckets = 2 ** m.features.bucketsLog2;
  const index = decodeBase64(m.weights.index);
  const values = decodeBase64(m.weights.values);
  if (!index || !values) throw new ConfigError('weights are not valid base64', file);
  if (checksum(index, values) !== m.checksum)
    throw new ConfigError('checksum mismatch: the weights are damaged', file);
  if (values.length !== m.weights.count * K)
    throw new ConfigError(
      `weights.values holds ${values.length} bytes, expected ${m.weights.count * K}`,
      file,
    );
  const dense = new Int8Array(buckets * K);
  let at = 0;
  let bucket = -1;
  for (let n = 0; n < m.weights.count; n++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      if (at >= index.length) throw new ConfigError('weights.index ends early', file);
      const b = index[at++] as number;
      delta += (b & 127) * 2 ** shift;
      shift += 7;
      if (b < 128) break;
      if (shift > 28) throw new ConfigError('weights.index holds an oversized number', file);
    }
    bucket += delta;
    if (delta === 0 || bucket >= buckets)
      throw new ConfigError(`weights.index: bucket ${bucket} is out of order or out of range`, file);
    for (let c = 0; c < K; c++) dense[bucket * K + c] = ((values[n * K + c] as number) << 24) >> 24;
  }
  if (at !== index.length) throw new ConfigError('weights.index has bytes left over', file);
  return dense;
}

function checksum(index: Uint8Array, values: Uint8Array): string {
  return hashBytes(values, hashBytes(index)).toString(16).padStart(8, '0');
}

/** What the training script hands over to be written. */
export interface ModelFileInput {
  readonly about: string;
  readonly features: FeatureSettings;
  readonly training: Readonly<Record<string, unknown>>;
  readonly categories: ReadonlyArray<CategoryModel & { readonly cv?: z.infer<typeof cvSchema> }>;
  /** Dense int8 weights, `[bucket * K + c]`. */
  readonly weights: Int8Array;
}

/**
 * Write a model file: deterministic (same input, same bytes), weights sparse and
 * base64-encoded, numbers rounded so that the file does not carry float noise.
 */
export function encodeModelFile(input: ModelFileInput): string {
  const K = input.categories.length;
  const buckets = 2 ** input.features.bucketsLog2;
  const index: number[] = [];
  const values: number[] = [];
  let previous = -1;
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let c = 0; c < K; c++) if (input.weights[b * K + c] !== 0) any = true;
    if (!any) continue;
    let delta = b - previous;
    previous = b;
    while (delta >= 128) {
      index.push((delta & 127) | 128);
      delta = Math.floor(delta / 128);
    }
    index.push(delta);
    for (let c = 0; c < K; c++) values.push((input.weights[b * K + c] as number) & 255);
    count++;
  }
  const indexBytes = Uint8Array.from(index);
  const valueBytes = Uint8Array.from(values);
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    about: input.about,
    features: { ...input.features },
    fingerprint: featureFingerprint(input.features),
    training: { ...input.training },
    categories: input.categories.map((c) => ({
      category: c.category,
      bias: round(c.bias, 6),
      scale: round(c.scale, 9),
      threshold: round(c.threshold, 4),
      ...(c.cv
        ? {
            cv: {
              precision: round(c.cv.precision, 4),
              recall: round(c.cv.recall, 4),
              trapHits: c.cv.trapHits,
            },
          }
        : {}),
    })),
    weights: { count, index: encodeBase64(indexBytes), values: encodeBase64(valueBytes) },
    checksum: checksum(indexBytes, valueBytes),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

function round(x: number, digits: number): number {
  return Number(x.toPrecision(digits));
}
