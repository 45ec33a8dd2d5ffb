// What a chart tab gets from the chart around it: the client and their header (alerts, referral).
import { useOutletContext } from 'react-router';
import type { ClientHeader } from '../../../shared/schemas/chart';
import type { Client } from '../../../shared/schemas/client';

export interface ChartOutlet {
  client: Client;
  header: ClientHeader;
}

export function useChart(): ChartOutlet {
  return useOutletContext<ChartOutlet>();
}
