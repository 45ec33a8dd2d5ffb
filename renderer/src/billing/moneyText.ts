// A form field holding money as typed ("30.00", "$1,234.50") that parses to integer cents.
import { z } from 'zod';
import { parseMoney } from '../../../shared/domain/money';

const MAX_CENTS = 100_000_000;

/** Text typed as money → cents, with a message a person understands when it is not an amount. */
export function moneyText(label: string, { blankIsZero = false, positive = false } = {}) {
  return z.string().transform((text, ctx) => {
    if (blankIsZero && text.trim() === '') return 0;
    const cents = parseMoney(text);
    if (cents === null) ctx.addIssue({ code: 'custom', message: `${label}: type an amount like 30.00` });
    else if (cents < 0) ctx.addIssue({ code: 'custom', message: `${label} cannot be negative` });
    else if (positive && cents === 0) ctx.addIssue({ code: 'custom', message: `${label} must be more than zero` });
    else if (cents > MAX_CENTS) ctx.addIssue({ code: 'custom', message: `${label} is too large` });
    else return cents;
    return z.NEVER;
  });
}
