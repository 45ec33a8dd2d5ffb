// The consent statement, the client's agreement, typed name and drawn signature.
import { useController, useWatch } from 'react-hook-form';
import { useClinic } from '../ClinicContext';
import { CheckboxField, TextField } from '../components/Field';
import type { SectionProps } from './IntakeFields';
import { consentStatement } from './intakeForm';
import { SignaturePad } from './SignaturePad';

export function ConsentSection({ register, errors, control }: SectionProps) {
  const { clinic } = useClinic();
  const e = errors.signature;
  const typedName = useWatch({ control, name: 'signature.typedName' }) ?? '';
  const { field } = useController({ control, name: 'signature.signatureDataUrl' });
  return (
    <section className="form-section consent-section" aria-labelledby="intake-consent-title">
      <h2 id="intake-consent-title" className="form-section-title">
        Consent and signature
      </h2>
      <p className="consent-statement">{consentStatement(clinic.name)}</p>
      <div className="field-grid">
        <CheckboxField wide label="The client agrees to the consent statement" reg={register('signature.consent')} error={e?.consent?.message} />
        <TextField label="Typed name" required autoComplete="off" reg={register('signature.typedName')} error={e?.typedName?.message} hint="The client’s full name." />
        <SignaturePad
          value={field.value ?? ''}
          onChange={(url) => {
            field.onChange(url);
            field.onBlur();
          }}
          typedName={typedName}
          error={e?.signatureDataUrl?.message}
          canvasRef={field.ref}
        />
      </div>
    </section>
  );
}
