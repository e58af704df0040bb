import type { LexiconSource } from '../../lexicon/lexicon-source.js';
import type { Detector } from '../detector.js';
import { addressRecogniser } from './address/address-recogniser.js';
import { postcodeRecogniser } from './address/postcode-recogniser.js';
import { allowListOf } from './allow-list.js';
import { cardRecogniser } from './bank/card-recogniser.js';
import { ibanRecogniser } from './bank/iban-recogniser.js';
import { dobRecogniser } from './dates/dob-recogniser.js';
import { emailRecogniser, mayHoldAddress } from './email/email-recogniser.js';
import { healthRecogniser } from './health/health-recogniser.js';
import { HitSink, type Recogniser } from './hit-sink.js';
import { bsnRecogniser } from './identity/bsn-recogniser.js';
import { toFinding } from './make-finding.js';
import { loadPdLexicons } from './pd-lexicons.js';
import { phoneRecogniser, publicNumberIndex } from './phone/phone-recogniser.js';
import { MessageScan } from './scan/message-scan.js';
import { plateRecogniser } from './vehicle/plate-recogniser.js';

/**
 * The `personal_data` detector (protocol A2; AVG art. 4 and 9): phone numbers, e-mail,
 * postal addresses and postcodes, BSN, IBAN, card numbers, dates of birth, licence
 * plates and health data, each by pattern + validator + context (ARCHITECTURE rule 3).
 *
 * One detector runs every recogniser over one shared scan of the message: the lexicon
 * words are found in one pass, number runs only when the message holds a digit, and a
 * span reported by an earlier recogniser is not reported again by a later one. The
 * order matters: the most specific validators (e-mail, IBAN, card, phone library) come
 * before the looser ones (BSN's eleven-check, dates, addresses).
 */
export function createPersonalDataDetector(lexicons: LexiconSource): Detector {
  const lex = loadPdLexicons(lexicons);
  const recognisers: readonly Recogniser[] = [
    emailRecogniser,
    ibanRecogniser,
    cardRecogniser,
    phoneRecogniser(publicNumberIndex(lex.publicNumbers)),
    bsnRecogniser,
    plateRecogniser,
    dobRecogniser,
    addressRecogniser,
    postcodeRecogniser,
    healthRecogniser,
  ];
  return {
    id: 'personal-data',
    categories: ['personal_data'],
    detect(text, context) {
      const scan = new MessageScan(text, context, lex);
      // Every recogniser but e-mail and health reads digits (number runs, or a number next
      // to a street, birth or plate word); without a digit, a health term or an e-mail
      // anchor none of them can report, so most chat skips the recognisers altogether.
      if (!scan.hasDigit && scan.health.length === 0 && !mayHoldAddress(scan.plain)) return [];
      const allow = allowListOf(context.allowList);
      const input = { scan, runs: scan.runs(), allow };
      const sink = new HitSink(scan, allow);
      for (const recognise of recognisers) recognise(input, sink);
      return sink.hits.sort((a, b) => a.start - b.start || a.end - b.end).map((hit) => toFinding(hit, scan));
    },
  };
}
