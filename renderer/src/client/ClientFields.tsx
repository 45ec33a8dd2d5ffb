// The client form's sections. Labels match the schema's messages ("Legal first name is required").
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SEXES, SUBSCRIBER_RELATIONSHIPS, type ClientFormValues } from '../../../shared/schemas/client';
import { todayIn } from '../../../shared/domain/dates';
import { FormSection, SelectField, TextAreaField, TextField } from '../components/Field';
import { RELATIONSHIP_LABELS, SEX_LABELS } from '../format';

const SEX_OPTIONS = SEXES.map((value) => ({ value, label: SEX_LABELS[value] ?? value }));
const RELATIONSHIP_OPTIONS = SUBSCRIBER_RELATIONSHIPS.map((value) => ({ value, label: RELATIONSHIP_LABELS[value] ?? value }));

interface Props {
  register: UseFormRegister<ClientFormValues>;
  errors: FieldErrors<ClientFormValues>;
  autoFocus: boolean;
}

export function ClientFields({ register, errors, autoFocus }: Props) {
  const e = (name: keyof ClientFormValues) => errors[name]?.message;
  const text = (name: keyof ClientFormValues) => ({ reg: register(name), error: e(name) });
  return (
    <>
      <FormSection title="Name">
        <TextField label="Legal first name" required autoFocus={autoFocus} autoComplete="off" {...text('legalFirstName')} />
        <TextField label="Legal last name" required autoComplete="off" {...text('legalLastName')} />
        <TextField label="Preferred name" autoComplete="off" hint="What the client likes to be called." {...text('preferredName')} />
        <TextField label="Pronouns" autoComplete="off" placeholder="e.g. she/her" {...text('pronouns')} />
      </FormSection>

      <FormSection title="Personal">
        <TextField label="Date of birth" type="date" min="1900-01-01" max={todayIn(new Date())} {...text('dateOfBirth')} />
        <SelectField label="Sex" options={SEX_OPTIONS} {...text('sex')} />
      </FormSection>

      <FormSection title="Contact">
        <TextField label="Phone" type="tel" autoComplete="off" {...text('phone')} />
        <TextField label="Email" type="email" autoComplete="off" {...text('email')} />
        <TextField label="Address" wide autoComplete="off" {...text('addressLine1')} />
        <TextField label="Address line 2" wide autoComplete="off" {...text('addressLine2')} />
        <TextField label="City" autoComplete="off" {...text('city')} />
        <TextField label="State / region" autoComplete="off" {...text('region')} />
        <TextField label="Postal code" autoComplete="off" {...text('postalCode')} />
        <TextField label="Country" autoComplete="off" {...text('country')} />
      </FormSection>

      <FormSection title="Emergency contact">
        <TextField label="Emergency contact name" autoComplete="off" {...text('emergencyContactName')} />
        <TextField label="Relationship" autoComplete="off" {...text('emergencyContactRelationship')} />
        <TextField label="Emergency contact phone" type="tel" autoComplete="off" {...text('emergencyContactPhone')} />
      </FormSection>

      <FormSection title="Referring physician">
        <TextField label="Referring physician" autoComplete="off" {...text('referringPhysicianName')} />
        <TextField label="Physician phone" type="tel" autoComplete="off" {...text('referringPhysicianPhone')} />
      </FormSection>

      <FormSection title="Insurance">
        <TextField label="Insurance payer" autoComplete="off" {...text('insurancePayer')} />
        <TextField label="Member ID" autoComplete="off" {...text('insuranceMemberId')} />
        <TextField label="Group number" autoComplete="off" {...text('insuranceGroupNumber')} />
        <TextField label="Subscriber name" autoComplete="off" {...text('insuranceSubscriberName')} />
        <SelectField label="Subscriber relationship" options={RELATIONSHIP_OPTIONS} {...text('insuranceSubscriberRelationship')} />
      </FormSection>

      <FormSection title="Notes">
        <TextAreaField label="Notes" hint="Administrative notes. Clinical notes belong in sessions." {...text('notes')} />
      </FormSection>
    </>
  );
}
