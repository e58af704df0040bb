import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD } from '../../../../scripts/model/build-model.js';
import { corpusHash } from '../../../../scripts/model/training-corpus.js';
import { createEngine } from '../../../../src/app/engine.js';
import { loadModel, modelPath } from '../../../../src/app/load-model.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { ConfigError } from '../../../../src/core/config-error.js';
import { MODEL_CATEGORIES } from '../../../../src/core/detectors/model/abuse-model.js';
import { DEFAULT_FEATURES } from '../../../../src/core/detectors/model/features.js';
import { featureFingerprint } from '../../../../src/core/detectors/model/fingerprint.js';
import { encodeModelFile, parseModelFile } from '../../../../src/core/detectors/model/model-file.js';
import { handModel } from './model-support.js';

const hand = handModel({ threat: ['verzwiebelen'], bullying: ['snurfkop'] });
const good = encodeModelFile({
  about: 'test',
  features: hand.features,
  training: { seed: 1 },
  categories: hand.categories,
  weights: hand.weights,
});

// biome-ignore lint/suspicious/noExplicitAny: the tests damage raw JSON on purpose
function edited(edit: (m: any) => void): string {
  const m = JSON.parse(good);
  edit(m);
  return JSON.stringify(m);
}

describe('the model file format', () => {
  it('round-trips: what is written loads as the same model', () => {
    const m = parseModelFile(good, 'm.json');
    expect(m.features).toEqual(hand.features);
    expect(m.categories).toEqual(hand.categories);
    expect(m.weights).toEqual(hand.weights);
  });

  it('is deterministic: the same model gives the same bytes', () => {
    const again = encodeModelFile({
      about: 'test',
      features: hand.features,
      training: { seed: 1 },
      categories: hand.categories,
      weights: Int8Array.from(hand.weights),
    });
    expect(again).toBe(good);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"format": ', /not JSON/],
    ['another format', edited((m) => (m.format = 'something-else')), /bad model file at format/],
    ['an unknown category', edited((m) => (m.categories[0].category = 'gossip')), /categories\.0\.category/],
    [
      'a category twice',
      edited((m) => (m.categories[1].category = m.categories[0].category)),
      /listed twice/,
    ],
    ['a threshold out of range', edited((m) => (m.categories[0].threshold = 1.5)), /threshold/],
    ['an unknown setting', edited((m) => (m.features.extra = 1)), /features/],
    [
      'another feature fingerprint',
      edited((m) => (m.fingerprint = '00000000')),
      /fingerprint 00000000 does not match/,
    ],
    ['another extractor version', edited((m) => (m.features.extractor = 99)), /feature extractor 99/],
    [
      'damaged weights',
      edited(
        (m) => (m.weights.values = `${m.weights.values[0] === 'A' ? 'B' : 'A'}${m.weights.values.slice(1)}`),
      ),
      /checksum/,
    ],
    ['weights that are not base64', edited((m) => (m.weights.index = '!!!!')), /base64/],
    ['a wrong count', edited((m) => (m.weights.count += 1)), /expected|ends early/],
  ])('refuses %s, naming the file', (_what, content, problem) => {
    expect(() => parseModelFile(content, 'config/model/abuse-model.json')).toThrow(ConfigError);
    expect(() => parseModelFile(content, 'config/model/abuse-model.json')).toThrow(
      /^config\/model\/abuse-model\.json: /,
    );
    expect(() => parseModelFile(content, 'config/model/abuse-model.json')).toThrow(problem);
  });
});

describe('loading the model (app)', () => {
  function configWithModel(content?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'klaswacht-model-'));
    mkdirSync(join(dir, 'model'));
    if (content !== undefined) writeFileSync(modelPath(dir), content);
    return dir;
  }

  it('a configuration folder without a model file runs the rules alone', () => {
    expect(loadModel(configWithModel())).toBeUndefined();
  });

  it('a malformed model file stops start-up with its path', () => {
    const dir = configWithModel('not a model');
    expect(() => loadModel(dir)).toThrow(ConfigError);
    expect(() => loadModel(dir)).toThrow(/abuse-model\.json: the model file is not JSON/);
  });

  it('createEngine refuses to start on it, and starts on a good one', () => {
    const bad = configWithModel(edited((m) => (m.checksum = 'deadbeef')));
    cpSync(join(DEFAULT_CONFIG_DIR, 'lexicons'), join(bad, 'lexicons'), { recursive: true });
    expect(() => createEngine({ configDir: bad })).toThrow(/abuse-model\.json: checksum mismatch/);
    const ok = configWithModel(good);
    cpSync(join(DEFAULT_CONFIG_DIR, 'lexicons'), join(ok, 'lexicons'), { recursive: true });
    expect(createEngine({ configDir: ok }).detectorIds).toContain('model');
  });
});

describe('the committed model (config/model/abuse-model.json)', () => {
  const path = modelPath(DEFAULT_CONFIG_DIR);
  const raw = JSON.parse(readFileSync(path, 'utf8'));

  it('loads, and this build reproduces its feature fingerprint', () => {
    const m = loadModel(DEFAULT_CONFIG_DIR);
    expect(m?.categories.map((c) => c.category)).toEqual([...MODEL_CATEGORIES]);
    expect(raw.fingerprint).toBe(featureFingerprint(raw.features));
  });

  it('was trained with the shipped feature settings and training options', () => {
    expect(raw.features).toEqual(DEFAULT_FEATURES);
    expect(raw.features).toEqual(DEFAULT_BUILD.features);
    expect(raw.training).toMatchObject({
      ...DEFAULT_BUILD.train,
      ...DEFAULT_BUILD.thresholds,
      folds: DEFAULT_BUILD.folds,
    });
    expect(raw.training.files).toEqual(['train.nl.jsonl', 'train.en.jsonl', 'dev.nl.jsonl', 'dev.en.jsonl']);
  });

  it('was trained on the corpus in this checkout (after a corpus edit: npm run train)', () => {
    expect(raw.training.corpusHash).toBe(corpusHash());
  });

  it('stays compact (under 2 MB)', () => {
    expect(statSync(path).size).toBeLessThan(2 * 1024 * 1024);
  });
});
