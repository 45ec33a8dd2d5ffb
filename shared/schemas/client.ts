import { z } from 'zod';
import { id, optionalBirthDate, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';

export const SEXES = ['', 'female', 'male', 'intersex', 'unknown'] as const;
export const SUBSCRIBER_RELATIONSHIPS = ['', 'self', 'spouse', 'child', 'other'] as const;

/** Everything a person types about a client. The same schema validates the form and the IPC call. */
export const clientFields = {
  legalFirstName: requiredText('Legal first name'),
  legalLastName: requiredText('Legal last name'),
  preferredName: optionalText('Preferred name', 100),
  pronouns: optionalText('Pronouns', 40),
  dateOfBirth: optionalBirthDate,
  sex: z.enum(SEXES, { error: 'Choose one of the listed options' }).default(''),
  phone: optionalPhone('Phone'),
  email: optionalEmail,
  addressLine1: optionalText('Address', 200),
  addressLine2: optionalText('Address line 2', 200),
  city: optionalText('City', 100),
  region: optionalText('State / region', 100),
  postalCode: optionalText('Postal code', 20),
  country: optionalText('Country', 100),
  emergencyContactName: optionalText('Emergency contact name', 200),
  emergencyContactRelationship: optionalText('Relationship', 100),
  emergencyContactPhone: optionalPhone('Emergency contact phone'),
  referringPhysicianName: optionalText('Referring physician', 200),
  referringPhysicianPhone: optionalPhone('Physician phone'),
  insurancePayer: optionalText('Insurance payer', 200),
  insuranceMemberId: optionalText('Member ID', 60),
  insuranceGroupNumber: optionalText('Group number', 60),
  insuranceSubscriberName: optionalText('Subscriber name', 200),
  insuranceSubscriberRelationship: z
    .enum(SUBSCRIBER_RELATIONSHIPS, { error: 'Choose one of the listed options' })
    .default(''),
  notes: optionalText('Notes', 5000),
};

export const ClientInput = z.object(clientFields).strict();
export type ClientInput = z.output<typeof ClientInput>;
export type ClientFormValues = z.input<typeof ClientInput>;

export const ClientUpdateInput = z.object({ id, ...clientFields }).strict();
export type ClientUpdateInput = z.output<typeof ClientUpdateInput>;

export const ClientIdInput = z.object({ id }).strict();

export const CLIENT_STATUSES = ['active', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const ClientListInput = z
  .object({
    status: z.enum(['active', 'archived', 'all'], { error: 'Status must be active, archived or all' }).default('active'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const ClientSearchInput = z
  .object({
    query: z.string({ error: 'Search text must be text' }).max(200, 'Search text is too long'),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

/** A client as the app shows it. */
export interface Client extends ClientInput {
  id: string;
  status: ClientStatus;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A search hit: small, so typing stays fast. */
export interface ClientSummary {
  id: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  status: ClientStatus;
}

export interface ClientPage {
  clients: ClientSummary[];
  total: number;
}
