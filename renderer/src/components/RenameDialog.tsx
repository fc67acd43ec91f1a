// 重命名: one title field, checked with the API's own rules before it is sent.
import { useId, useState } from 'react';
import { apiContract, type Plan } from '../../../shared/api/contract';
import { call } from '../api/client';
import { Field } from './Field';
import { fieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';

interface RenameDialogProps {
  plan: { id: string; title: string };
  onRenamed: (plan: Plan) => void;
  onClose: () => void;
}

export function RenameDialog({ plan, onRenamed, onClose }: RenameDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(plan.title);
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const parsed = apiContract['plans.rename'].input.safeParse({ id: plan.id, title });
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setError(found.title ?? found.id ?? '标题不符合要求。');
      return null;
    }
    if (parsed.data.title === plan.title) {
      onClose();
      return null;
    }
    return call('plans.rename', parsed.data).then(onRenamed);
  };

  return (
    <FormDialog title="重命名" submitLabel="保存" busyLabel="正在保存…" onSubmit={submit} onClose={onClose}>
      <Field id={`${id}-title`} label="标题" required error={error}>
        <input
          className="input"
          type="text"
          autoComplete="off"
          value={title}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(undefined);
          }}
        />
      </Field>
    </FormDialog>
  );
}
