// National Provider Identifier: 10 digits whose last is a Luhn check digit computed over the
// number prefixed with the health-industry issuer code 80840 (CMS NPI check-digit standard).

export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting from the right, excluding the check digit itself.
    const fromRight = digits.length - 1 - i;
    let d = digits[i]!;
    if (fromRight % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
