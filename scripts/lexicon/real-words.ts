/**
 * `node --import tsx scripts/lexicon/real-words.ts`: writes `config/lexicons/{nl,en}/real-words.txt`,
 * the real words one edit away from a word that misspellings are corrected to (see
 * src/core/detectors/abuse/typo-correction.ts), from Debian's word lists (`apt-get install
 * wdutch wamerican wbritish`). Run it again after adding words to a harm lexicon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadLexicons } from '../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../src/app/paths.js';
import { loadAbuseLexicon } from '../../src/core/detectors/abuse/abuse-lexicon.js';
import {
  lexiconWords,
  MIN_TARGET,
  typoTargets,
  withinOneEdit,
} from '../../src/core/detectors/abuse/typo-correction.js';
import { normalise } from '../../src/core/text/normalise.js';

const lex = loadAbuseLexicon(loadLexicons(DEFAULT_CONFIG_DIR));
const targets = typoTargets(lex.entries);
const words = lexiconWords(lex.entries);
const dels = new Map<string, string[]>();
const put = (k: string, t: string) => {
  const l = dels.get(k);
  if (l) l.push(t);
  else dels.set(k, [t]);
};
for (const t of targets) {
  put(t, t);
  for (let i = 0; i < t.length; i++) put(t.slice(0, i) + t.slice(i + 1), t);
}
const near = (w: string) => {
  const cands = new Set<string>([...(dels.get(w) ?? [])]);
  for (let i = 0; i < w.length; i++)
    for (const t of dels.get(w.slice(0, i) + w.slice(i + 1)) ?? []) cands.add(t);
  return [...cands].some((t) => t !== w && t[0] === w[0] && withinOneEdit(w, t));
};
const EXTRA: Record<string, string[]> = { nl: ['gadver'], en: [] };
for (const [lang, files] of [
  ['nl', ['dutch']],
  ['en', ['american-english', 'british-english']],
] as const) {
  const out = new Set<string>();
  for (const f of files)
    for (const raw of readFileSync(`/usr/share/dict/${f}`, 'utf8').split('\n')) {
      const w = normalise(raw.trim()).value;
      if (w.length < MIN_TARGET - 1 || !/^[a-z']+$/.test(w) || words.has(w)) continue;
      if (near(w)) out.add(w);
    }
  const header = `# Real words one edit away from a lexicon word that misspellings are corrected to
# (src/core/detectors/abuse/typo-correction.ts): such a word is never corrected
# ("wonen" is not "women", "heten" is not "haten"); a word with another first letter is
# never corrected, so it needs no line. Made from Debian's word lists
# (${files.join(', ')}) against the lexicons of both languages; add a real word here
# when a lexicon gains a word that a real word lies one edit from, or run
# scripts/lexicon/real-words.ts again.
`;
  const extra = (EXTRA[lang] ?? []).filter((w) => !out.has(w));
  const tail = extra.length ? `# Chat words no word list has.\n${extra.join('\n')}\n` : '';
  writeFileSync(`config/lexicons/${lang}/real-words.txt`, header + [...out].sort().join('\n') + '\n' + tail);
  console.log(lang, out.size, 'targets', targets.size);
}
