import type { WordRole } from '../pd-lexicons.js';
import type { MessageScan } from '../scan/message-scan.js';
import { isName, isTeacherName } from '../scan/names.js';
import type { Token } from '../scan/tokens.js';

/** Whom a health statement is about. */
export interface Subject {
  readonly who: 'self' | 'person' | 'teacher';
  /** Token span of the words naming them (`mijn zoon`, `juf Marloes`). */
  readonly first: number;
  readonly last: number;
  /** The person addressed (`jouw zoon`, `you`): a question to them asks, it does not disclose. */
  readonly second: boolean;
}

/** `generic`: the words point at nobody in particular (`kinderen`, `een kind`, `iemand`). */
export type Resolution = Subject | 'generic' | undefined;

const DETERMINERS: readonly WordRole[] = ['det', 'det-self', 'det-other'];

/**
 * Reads who a word points at, with the little grammar a class-chat sentence needs: a
 * name (`Tim`, `juf Marloes`), a pronoun (`hij`, `she`), a person noun made specific by a
 * determiner (`mijn zoon`, `de moeder van Isa`) or kept generic (`een kind`, `kinderen`),
 * and a relative pronoun resolved to what it follows (`Tim, die ...` is Tim; `kinderen
 * die ...` is nobody).
 */
export class SubjectResolver {
  constructor(
    private readonly scan: MessageScan,
    private readonly tokens: readonly Token[],
  ) {}

  roles(m: number): ReadonlySet<WordRole> {
    const t = this.tokens[m];
    return t ? this.scan.roles(t.word) : new Set();
  }

  at(m: number, depth = 0): Resolution {
    const t = this.tokens[m];
    if (!t) return undefined;
    const r = this.scan.roles(t.word);
    if (isName(this.scan, t)) {
      const titled = m > 0 && !t.breakBefore && this.isTitle(m - 1);
      const who = isTeacherName(this.scan, this.tokens, m) ? 'teacher' : 'person';
      return { who, first: titled ? m - 1 : m, last: m, second: false };
    }
    if (r.has('self')) return { who: 'self', first: m, last: m, second: false };
    if (r.has('generic')) return 'generic';
    if (r.has('pronoun')) return { who: 'person', first: m, last: m, second: r.has('second-person') };
    if (r.has('title-teacher') || r.has('title')) {
      const owned = m > 0 && !t.breakBefore && DETERMINERS.some((x) => this.roles(m - 1).has(x)); // `mijn oma`
      const who = r.has('title') ? 'person' : 'teacher';
      return {
        who,
        first: owned ? m - 1 : m,
        last: m,
        second: owned && this.roles(m - 1).has('second-person'),
      };
    }
    if (r.has('noun') || r.has('noun-plural') || r.has('noun-teacher')) return this.noun(m, r);
    if ((r.has('pointer') || r.has('relative')) && depth === 0) return this.pointer(m, r.has('pointer'));
    return undefined;
  }

  private isTitle(m: number): boolean {
    const r = this.roles(m);
    return r.has('title') || r.has('title-teacher');
  }

  private noun(m: number, r: ReadonlySet<WordRole>): Resolution {
    const who = r.has('noun-teacher') ? 'teacher' : 'person';
    for (let d = m - 1; d >= 0 && d >= m - 2; d--) {
      const after = this.tokens[d + 1] as Token;
      if (after.breakBefore || after.commaBefore) break;
      const dr = this.roles(d);
      if (DETERMINERS.some((x) => dr.has(x)))
        return { who, first: d, last: m, second: dr.has('second-person') };
      if (dr.has('det-generic')) return this.ownedGeneric(d, m) ?? 'generic';
    }
    const joined = this.roles(m - 1).has('coordinator') ? this.at(m - 2, 1) : undefined;
    if (joined && joined !== 'generic') return { ...joined, last: m }; // `mijn zoon en dochter`
    const of = this.tokens[m + 1];
    const owner = this.tokens[m + 2];
    if (of && owner && (of.word === 'van' || of.word === 'of') && isName(this.scan, owner)) {
      return { who: 'person', first: m, last: m + 2, second: false };
    }
    return 'generic';
  }

  /** `ik heb een zoon met autisme`: `een zoon` is generic, unless someone just said they have one. */
  private ownedGeneric(det: number, noun: number): Resolution {
    if (!this.roles(det - 1).has('link')) return undefined;
    const owner = this.at(det - 2, 1);
    if (!owner || owner === 'generic') return undefined;
    return {
      who: owner.who === 'teacher' ? 'teacher' : 'person',
      first: owner.first,
      last: noun,
      second: owner.second,
    };
  }

  /**
   * `die`, `dat`, `who`: after a noun or name they stand for it (`Tim, die ...` is Tim,
   * `kinderen die ...` nobody); `die` and `deze` also point at someone on their own, at
   * the start of a clause or after a conjunction (`want die heeft ...`).
   */
  private pointer(m: number, demonstrative: boolean): Resolution {
    const t = this.tokens[m] as Token;
    const alone =
      m === 0 || t.breakBefore || this.roles(m - 1).has('not-name') || this.roles(m - 1).has('preposition');
    if (alone) return demonstrative ? { who: 'person', first: m, last: m, second: false } : undefined;
    const prev = this.at(m - 1, 1);
    if (prev === undefined || prev === 'generic') return 'generic';
    return { ...prev, last: m };
  }

  /** The subject that opens a clause (`Thijs moet ...`, `Tim zit in groep 5 en heeft ...`), if any. */
  opening(clauseStart: number, before: number): Subject | undefined {
    for (let m = clauseStart; m < Math.min(before, clauseStart + 3); m++) {
      if (this.roles(m).has('conditional')) return undefined;
      const found = this.at(m);
      if (found === 'generic') return undefined;
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The nearest subject left of token `from` (inclusive), within `maxSteps` words of the
   * same clause. Fillers (`ook`, `echt`) and negations are stepped over; another verb, a
   * condition word (`als`) or a generic word ends the search.
   */
  left(from: number, maxSteps: number, stopAtComma: boolean): { subject?: Subject; negated: boolean } {
    let negated = false;
    for (let m = from, steps = 0; m >= 0 && steps < maxSteps; m--, steps++) {
      const t = this.tokens[m] as Token;
      const r = this.scan.roles(t.word);
      const res = this.at(m);
      if (res === 'generic') return { negated };
      if (res) return { subject: res, negated };
      if (r.has('negation')) negated = true;
      else if (r.has('subordinator'))
        return { negated }; // `de juf legt uit wat dyslexie is`
      else if (!r.has('filler') && (r.has('link') || r.has('conditional'))) return { negated };
      if (t.breakBefore || (stopAtComma && t.commaBefore)) return { negated };
    }
    return { negated };
  }
}
