/**
 * The BSN "elfproef": for the nine digits d1..d9,
 * 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9 must be a multiple of 11.
 * It is what separates a citizen service number from the order numbers and codes that
 * fill class chats; about one random nine-digit number in eleven passes, so a BSN
 * finding still needs the other checks of the recogniser (no order-number context).
 * All zeros passes the sum but is never issued.
 */
export function passesElevenCheck(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}
