// The Referrals & plan tab (#/clients/:id/referrals): the physician's referrals with their warnings
// and scanned orders, the treatment plans built on them, and the progress report for the physician.
import { ClipboardPlus, FileDown, Stethoscope, Target } from 'lucide-react';
import { useState } from 'react';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import type { Referral } from '../../../shared/schemas/referral';
import { useMay, useMayPrint } from '../auth/AuthContext';
import { useChart } from '../client/ChartContext';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { useCall } from '../hooks/useCall';
import { notifyClientChanged } from '../hooks/useClientHeader';
import { useSavePdf } from '../hooks/useSavePdf';
import { PlanCard } from './PlanCard';
import { PlanForm } from './PlanForm';
import { ReferralCard } from './ReferralCard';
import { ReferralForm } from './ReferralForm';

/** null: no form open; 'new': adding; an id: editing that record in place. */
type Editing = null | 'new' | string;

export function ReferralsTab() {
  const { client } = useChart();
  const pdf = useSavePdf();
  const mayPrint = useMayPrint();
  return (
    <div className="referrals-tab">
      <div className="tab-toolbar">
        <p className="muted">Referrals from the client’s physician, and the treatment plans that follow them.</p>
        {mayPrint('progress-report') && (
          <button type="button" className="button button-secondary" disabled={pdf.busy !== null} onClick={() => void pdf.save('progress-report', client.id)}>
            <FileDown size={16} aria-hidden="true" />
            {pdf.busy ? 'Saving…' : 'Progress report (PDF)'}
          </button>
        )}
      </div>
      {pdf.error && <ErrorBanner message={pdf.error} />}
      <ReferralsAndPlans />
    </div>
  );
}

function ReferralsAndPlans() {
  const { client } = useChart();
  const toast = useToast();
  const may = useMay();
  const referrals = useCall('referrals/list', { clientId: client.id });
  const plans = useCall('plans/list', { clientId: client.id });
  const [editingReferral, setEditingReferral] = useState<Editing>(null);
  const [editingPlan, setEditingPlan] = useState<Editing>(null);

  function replaceReferral(updated: Referral) {
    if (!referrals.data) return;
    referrals.setData(referrals.data.map((r) => (r.id === updated.id ? updated : r)));
  }

  function onReferralSaved(saved: Referral, isNew: boolean) {
    setEditingReferral(null);
    referrals.reload();
    notifyClientChanged(client.id);
    toast(isNew ? 'Referral added' : 'Referral saved');
  }

  function onPlanSaved(_plan: TreatmentPlan, isNew: boolean) {
    setEditingPlan(null);
    plans.reload();
    toast(isNew ? 'Treatment plan added' : 'Treatment plan saved');
  }

  const referralList = referrals.data ?? [];
  return (
    <>
      <section className="card" aria-labelledby="referrals-title">
        <div className="card-header">
          <h2 id="referrals-title" className="card-title">
            Referrals
          </h2>
          {editingReferral === null && (
            <button type="button" className="button button-secondary button-small" onClick={() => setEditingReferral('new')}>
              <Stethoscope size={14} aria-hidden="true" />
              Add referral
            </button>
          )}
        </div>
        {editingReferral === 'new' && (
          <div className="inline-form">
            <h3 className="inline-form-title">New referral</h3>
            <ReferralForm
              clientId={client.id}
              physicianName={client.referringPhysicianName}
              physicianPhone={client.referringPhysicianPhone}
              onSaved={onReferralSaved}
              onCancel={() => setEditingReferral(null)}
            />
          </div>
        )}
        {referrals.error && !referrals.data ? (
          <ErrorBanner message={referrals.error} onRetry={referrals.reload} />
        ) : !referrals.data ? (
          <Loading />
        ) : referralList.length === 0 ? (
          editingReferral !== 'new' && (
            <EmptyState icon={<Stethoscope size={28} />} title="No referral yet.">
              <p>Add the physician’s referral (prescription) with its diagnoses and authorized visits, and attach the scanned order.</p>
            </EmptyState>
          )
        ) : (
          <div className="record-list">
            {referralList.map((r) =>
              editingReferral === r.id ? (
                <div key={r.id} className="inline-form">
                  <h3 className="inline-form-title">Edit referral from {r.physicianName}</h3>
                  <ReferralForm clientId={client.id} existing={r} onSaved={onReferralSaved} onCancel={() => setEditingReferral(null)} />
                </div>
              ) : (
                <ReferralCard key={r.id} referral={r} onEdit={() => setEditingReferral(r.id)} onChange={replaceReferral} />
              ),
            )}
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="plans-title">
        <div className="card-header">
          <h2 id="plans-title" className="card-title">
            Treatment plans
          </h2>
          {editingPlan === null && may('plans/create') && (
            <button type="button" className="button button-secondary button-small" onClick={() => setEditingPlan('new')} disabled={!referrals.data}>
              <ClipboardPlus size={14} aria-hidden="true" />
              Add treatment plan
            </button>
          )}
        </div>
        {editingPlan === 'new' && (
          <div className="inline-form">
            <h3 className="inline-form-title">New treatment plan</h3>
            <PlanForm clientId={client.id} referrals={referralList} onSaved={onPlanSaved} onCancel={() => setEditingPlan(null)} />
          </div>
        )}
        {plans.error && !plans.data ? (
          <ErrorBanner message={plans.error} onRetry={plans.reload} />
        ) : !plans.data ? (
          <Loading />
        ) : plans.data.length === 0 ? (
          editingPlan !== 'new' && (
            <EmptyState icon={<Target size={28} />} title="No treatment plan yet.">
              <p>Set measurable goals (e.g. pain 7/10 → 3/10), how often the client comes, and when to review progress.</p>
            </EmptyState>
          )
        ) : (
          <div className="record-list">
            {plans.data.map((p) =>
              editingPlan === p.id ? (
                <div key={p.id} className="inline-form">
                  <h3 className="inline-form-title">Edit plan</h3>
                  <PlanForm clientId={client.id} referrals={referralList} existing={p} onSaved={onPlanSaved} onCancel={() => setEditingPlan(null)} />
                </div>
              ) : (
                <PlanCard key={p.id} plan={p} referral={referralList.find((r) => r.id === p.referralId)} onEdit={may('plans/update') ? () => setEditingPlan(p.id) : undefined} />
              ),
            )}
          </div>
        )}
      </section>
    </>
  );
}
