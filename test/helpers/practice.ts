// The practice details the printed-document tests put on invoices and superbills (Settings → Billing),
// shared by the integration tests (core.invoke) and the e2e tests (harness.invoke). Data only.
export const RIVERSIDE_PRACTICE = {
  legalName: 'Riverside Medical Massage LLC',
  addressLine1: '12 Mill Street',
  addressLine2: 'Suite 4',
  city: 'Riverside',
  region: 'MA',
  postalCode: '01234',
  phone: '555-010-9000',
  email: 'billing@riverside.example',
  taxId: '12-3456789',
  practiceNpi: '1245319599',
  nextInvoiceNumber: 42,
} as const;
