/**
 * Top-level domains accepted after an obfuscated e-mail address (`piet at gmail dot com`).
 * Obfuscation takes away the `@` that makes an address unmistakable, so the end of the
 * domain must be a real, common TLD before "at ... dot ..." counts as an address.
 */
export const COMMON_TLDS: ReadonlySet<string> = new Set(
  (
    'com nl be org net eu de uk fr es it info edu gov io me nu co tv biz online live email mail ' +
    'app dev ch at dk se no fi pl pt ie lu us ca au nz frl amsterdam tk'
  ).split(' '),
);
