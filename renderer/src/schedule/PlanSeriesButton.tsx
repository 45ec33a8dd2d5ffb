// "Schedule series" on a treatment plan (Referrals & plan tab): the series dialog prefilled from
// the plan (sessions per week → weekdays, planned sessions → number of visits).
import { CalendarRange } from 'lucide-react';
import { useState } from 'react';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import { useChart } from '../client/ChartContext';
import { useToast } from '../components/Toast';
import { formatDate, fullName } from '../format';
import { SeriesDialog } from './SeriesDialog';

export function PlanSeriesButton({ plan }: { plan: TreatmentPlan }) {
  const { client } = useChart();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  if (plan.status !== 'active') return null;
  return (
    <>
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        <CalendarRange size={14} aria-hidden="true" />
        Schedule series<span className="visually-hidden"> for the plan from {formatDate(plan.startDate)}</span>
      </button>
      <SeriesDialog
        open={open}
        client={{ id: client.id, name: fullName(client) }}
        plan={plan}
        onClose={() => setOpen(false)}
        onCreated={(n) => {
          setOpen(false);
          toast(`Booked ${n} appointments for ${fullName(client)}`);
        }}
      />
    </>
  );
}
