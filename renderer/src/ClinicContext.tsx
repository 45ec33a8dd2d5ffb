// The clinic every screen works in (name for the sidebar, time zone for "today").
import { createContext, use } from 'react';
import { todayIn } from '../../shared/domain/dates';
import type { Clinic } from '../../shared/schemas/clinic';

export interface ClinicState {
  clinic: Clinic;
  /** Fetch app/status again, e.g. after the clinic's settings change. */
  refresh: () => void;
}

export const ClinicContext = createContext<ClinicState | null>(null);

export function useClinic(): ClinicState {
  const state = use(ClinicContext);
  if (!state) throw new Error('useClinic must be used inside the app shell');
  return state;
}

/** Today's date (YYYY-MM-DD) in the clinic's time zone. */
export function useToday(): string {
  return todayIn(new Date(), useClinic().clinic.timeZone);
}
