// The issuing notice's fields in the export dialog: 发文字号 … 附注, and the 版记 fields.
import type { Notice } from '../../../shared/api/contract';
import { Field } from '../components/Field';

interface NoticeFieldsProps {
  ids: string;
  notice: Notice;
  errors: Partial<Record<string, string>>;
  onChange: (next: Notice) => void;
  /** Only the 版记 fields (the plain layout has no notice). */
  colophonOnly?: boolean;
}

export const fieldId = (ids: string, field: string) => `${ids}-${field.replace(/\./g, '-')}`;

export function NoticeFields({ ids, notice, errors, onChange, colophonOnly }: NoticeFieldsProps) {
  const set = <K extends keyof Notice>(key: K, value: Notice[K]) => onChange({ ...notice, [key]: value });
  const text = (key: 'docNumber' | 'title' | 'recipients' | 'note' | 'cc' | 'printer', label: string, hint?: string, placeholder?: string) => (
    <Field id={fieldId(ids, `notice.${key}`)} label={label} hint={hint} error={errors[`notice.${key}`]}>
      <input className="input" type="text" autoComplete="off" value={notice[key]} placeholder={placeholder} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const date = (key: 'date' | 'printDate', label: string) => (
    <Field id={fieldId(ids, `notice.${key}`)} label={label} error={errors[`notice.${key}`]}>
      <input className="input" type="date" value={notice[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const signer = (i: 0 | 1) => (
    <Field
      id={fieldId(ids, i === 0 ? 'notice.signers' : 'notice.signers.1')}
      label={i === 0 ? '发文机关（署名）' : '联合发文机关'}
      hint={i === 1 ? '两个机关联合发文时填写，否则留空。' : undefined}
      error={i === 0 ? errors['notice.signers'] : undefined}
    >
      <input
        className="input"
        type="text"
        autoComplete="off"
        value={notice.signers[i] ?? ''}
        onChange={(e) => {
          const next = [notice.signers[0] ?? '', notice.signers[1] ?? ''];
          next[i] = e.target.value;
          set('signers', next[1]!.trim() ? next : [next[0]!]);
        }}
      />
    </Field>
  );

  const colophon = (
    <fieldset className="export-group">
      <legend>版记（末页下端）</legend>
      {text('cc', '抄送', '多个机关用顿号或逗号隔开，末尾不必加句号。')}
      <div className="field-row export-row-2">
        {text('printer', '印发机关')}
        {date('printDate', '印发日期')}
      </div>
    </fieldset>
  );
  if (colophonOnly) return colophon;
  return (
    <>
      <fieldset className="export-group">
        <legend>印发通知</legend>
        <div className="field-row export-row-2">
          {text('docNumber', '发文字号', undefined, '如：泰教发〔2024〕1号')}
          {date('date', '成文日期')}
        </div>
        {text('title', '通知标题', '留空则为“关于印发《标题》的通知”。')}
        {text('recipients', '主送机关', '末尾的冒号由程序加上。')}
        <div className="field-row export-row-2">
          {signer(0)}
          {signer(1)}
        </div>
        {text('note', '附注', '如：此件公开发布（圆括号由程序加上）')}
      </fieldset>
      {colophon}
    </>
  );
}
