// An invoice's state as a chip: Draft, Open, Partly paid, Paid, Void.
import type { InvoiceSummary } from '../../../shared/schemas/billing';
import { STATE_LABELS } from './labels';

export function StateChip({ state, large }: { state: InvoiceSummary['state']; large?: boolean }) {
  return <span className={`chip invoice-chip invoice-chip-${state}${large ? ' chip-large' : ''}`}>{STATE_LABELS[state]}</span>;
}
