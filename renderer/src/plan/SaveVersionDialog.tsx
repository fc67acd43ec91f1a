// 保存版本: asks for a name (a dated one is offered), then the page saves the document and takes the version.
import { useId, useState } from 'react';
import { apiContract } from '../../../shared/api/contract';
import { defaultRevisionName } from '../../../shared/domain/revision';
import { Field } from '../components/Field';
import { fieldErrors } from '../components/fieldErrors';
import { FormDialog } from '../components/FormDialog';
import { TextInput } from '../components/PlanInputs';

interface SaveVersionDialogProps {
  planId: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

export function SaveVersionDialog({ planId, onSave, onClose }: SaveVersionDialogProps) {
  const id = useId();
  const [name, setName] = useState(() => defaultRevisionName(new Date()));
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const parsed = apiContract['revisions.save'].input.safeParse({ id: planId, name });
    if (!parsed.success) {
      setError(fieldErrors(parsed.error).name ?? '版本名称不符合要求。');
      return null;
    }
    return onSave(parsed.data.name);
  };

  return (
    <FormDialog title="保存版本" submitLabel="保存版本" busyLabel="正在保存…" onSubmit={submit} onClose={onClose}>
      <Field id={`${id}-name`} label="版本名称" required error={error} hint="保存当前正文的完整副本，以后可以在“版本记录”中恢复。">
        <TextInput
          value={name}
          selectAll
          onChange={(text) => {
            setName(text);
            setError(undefined);
          }}
        />
      </Field>
    </FormDialog>
  );
}
