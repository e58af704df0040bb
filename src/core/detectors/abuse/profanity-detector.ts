import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import type { MessageScan } from './message-scan.js';
import { words } from './signals.js';

/**
 * Profanity: coarse words not aimed at anyone, always `low` (CONTRACT): `kut, gymtas
 * vergeten`, `kankerleuk`, `tering wat koud`, `holy shit`. Disease swearing used for the
 * disease itself (`haar oma heeft kanker`) and benign compounds (`kankerbestrijding`)
 * are left alone. Insults that contain a swear word (`kankerlijer`) are profanity here
 * and bullying in the bullying detector.
 */
export const profanitySpec: AbuseDetectorSpec = {
  id: 'profanity',
  category: 'profanity',
  triggers: ['profanity'],
  propose(scan: MessageScan): Candidate[] {
    return scan
      .list('profanity')
      .map(
        (h) =>
          new Candidate(
            'profanity',
            'low',
            h,
            `lexicon:profanity/${h.entry.lang}`,
            `coarse language ("${words(scan, h)}")`,
          ),
      );
  },
};
