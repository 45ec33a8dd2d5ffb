// After emergency access the owner is asked, once per visit, to choose a new passcode: the old one
// is lost, and the recovery code is for emergencies only.
import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useAuth } from './AuthContext';
import { SetPasscodeForm } from './SetPasscodeForm';

export function EmergencyPasscodePrompt() {
  const auth = useAuth();
  const [later, setLater] = useState(false);
  return (
    <Dialog
      open={!later}
      onClose={() => setLater(true)}
      title="Choose a new passcode"
      className="dialog-small"
      description={
        <p>
          You came in with the recovery code, and that was recorded. Choose a new passcode now, so you can sign in
          the usual way next time.
        </p>
      }
    >
      <SetPasscodeForm
        userId={auth.user.id}
        submitLabel="Save new passcode"
        cancelLabel="Later"
        onCancel={() => setLater(true)}
        onSet={async () => {
          setLater(true);
          await auth.refresh();
        }}
      />
    </Dialog>
  );
}
