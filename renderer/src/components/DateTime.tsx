import { formatDate, formatDateTime } from '../../../shared/format/date';

/** 2025年3月2日 14:05 in local time; in a narrow column it breaks between date and time only. */
export function DateTime({ iso }: { iso: string }) {
  const date = formatDate(iso);
  const full = formatDateTime(iso);
  const time = full.startsWith(date) ? full.slice(date.length).trim() : '';
  return (
    <time dateTime={iso}>
      <span className="nowrap">{time ? date : full}</span>
      {time ? (
        <>
          {' '}
          <span className="nowrap">{time}</span>
        </>
      ) : null}
    </time>
  );
}
