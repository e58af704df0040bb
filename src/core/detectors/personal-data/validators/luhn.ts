/**
 * The Luhn checksum every payment card number carries: from the right, double every
 * second digit (subtracting 9 when it exceeds 9); the total must end in 0. It catches
 * every single-digit typo, so a random 16-digit number passes only one time in ten:
 * the card recogniser also wants an issuer prefix and a card length.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^[0-9]{2,19}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
