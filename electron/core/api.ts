// The object that implements shared/contract.ts. Inputs arrive already parsed by dispatch.
import type { Handlers } from '../../shared/contract';
import { createClient, getClient, listClients, searchClients, setClientArchived, updateClient } from './clients';
import {
  appStatus,
  createPractitioner,
  listPractitioners,
  setupClinic,
  updateClinic,
  updatePractitioner,
} from './clinic';
import type { CoreContext } from './context';

export function createApi(ctx: CoreContext) {
  return {
    'app/status': () => appStatus(ctx),
    'clinic/setup': (input) => setupClinic(ctx, input),
    'clinic/update': (input) => updateClinic(ctx, input),
    'practitioners/list': () => listPractitioners(ctx),
    'practitioners/create': (input) => createPractitioner(ctx, input),
    'practitioners/update': (input) => updatePractitioner(ctx, input),
    'clients/create': (input) => createClient(ctx, input),
    'clients/update': (input) => updateClient(ctx, input),
    'clients/get': ({ id }) => getClient(ctx, id),
    'clients/list': (input) => listClients(ctx, input),
    'clients/search': (input) => searchClients(ctx, input),
    'clients/archive': ({ id }) => setClientArchived(ctx, id, true),
    'clients/unarchive': ({ id }) => setClientArchived(ctx, id, false),
  } satisfies Handlers;
}

export type Api = ReturnType<typeof createApi>;
