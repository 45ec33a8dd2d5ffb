// "Export record…" → FHIR: one client's chart as a FHIR R4 Bundle (JSON) that another clinic's or
// a physician's system can read. The records come from the feature modules; the mapping is pure
// (shared/domain/fhir-bundle.ts). The renderer saves the text as a file, as it does a CSV.
import { createHash } from 'node:crypto';
import { buildClientBundle, countResources } from '../../shared/domain/fhir-bundle';
import { safeFileName, sortName } from '../../shared/documents/format';
import type { FhirClientExport } from '../../shared/schemas/export';
import { getClient } from './clients';
import { clinicToday, getClinic, listPractitioners } from './clinic';
import type { CoreContext } from './context';
import { nowIso } from './context';
import { listReferrals } from './referrals';
import { getSession } from './sessions';
import { all } from './sql';

// A fixed namespace for Palpate's name-based UUIDs (RFC 9562 version 5).
const NAMESPACE = Buffer.from('6f1d3c2a9b8e4f7da1c0e5b2d4f6a8c1', 'hex');

/** The same record always gets the same urn:uuid, so two exports of one client agree. */
export function uuidFor(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every session of the client (drafts too: an Encounter in progress), oldest first. */
function sessionIds(ctx: CoreContext, clientId: string): string[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('sessions').select('id').where('client_id', '=', clientId).orderBy('session_date').orderBy('id')).map((r) => r.id);
}

export function exportFhirClient(ctx: CoreContext, clientId: string): FhirClientExport {
  const client = getClient(ctx, clientId);
  const timeZone = getClinic(ctx)?.timeZone ?? 'UTC';
  const today = clinicToday(ctx);
  const bundle = buildClientBundle(
    {
      client,
      practitioners: listPractitioners(ctx),
      referrals: listReferrals(ctx, clientId),
      sessions: sessionIds(ctx, clientId).map((id) => getSession(ctx, id)),
      timeZone,
      today,
      exportedAt: nowIso(ctx),
    },
    { uuid: uuidFor, base64: (text) => Buffer.from(text, 'utf8').toString('base64') },
  );
  return {
    fileName: safeFileName(`Record - ${sortName(client)} - ${today} - FHIR`, 'json'),
    json: `${JSON.stringify(bundle, null, 2)}\n`,
    counts: countResources(bundle),
  };
}
