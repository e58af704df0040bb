import type { Detector } from './detector.js';

/**
 * The set of detectors the core runs. Detectors plug in here (the abuse detectors,
 * the personal-data recognisers, a school's own additions) without the pipeline
 * knowing any of them; ids must be unique so `explain` and incident rules can name
 * what fired.
 */
export class DetectorRegistry {
  private readonly detectors: Detector[] = [];

  constructor(detectors: readonly Detector[] = []) {
    for (const d of detectors) this.register(d);
  }

  register(detector: Detector): this {
    if (this.detectors.some((d) => d.id === detector.id)) {
      throw new Error(`detector "${detector.id}" is registered twice`);
    }
    this.detectors.push(detector);
    return this;
  }

  list(): readonly Detector[] {
    return this.detectors;
  }
}
