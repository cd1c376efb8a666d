// "sisa 2 hari 3 jam" / "terlambat 1 hari": how long until (or since) a deadline, for running ones.
import Chip from '@mui/material/Chip';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CaseDeadline } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDateTime, spanOf } from '../shared/time';
import { useCaseZone } from './case-zone';

export function useDurationText() {
  const translate = useTranslate();
  return (milliseconds: number): string => {
    const { days, hours, minutes } = spanOf(milliseconds);
    const parts = [
      days > 0 ? translate('deadline.days', { smart_count: days }) : undefined,
      hours > 0 ? translate('deadline.hours', { smart_count: hours }) : undefined,
      days === 0 && hours < 6 ? translate('deadline.minutes', { smart_count: minutes }) : undefined,
    ].filter(Boolean);
    return parts.slice(0, 2).join(' ');
  };
}

export function DeadlineCountdown({
  deadline,
  now,
}: {
  readonly deadline: CaseDeadline;
  readonly now: Date;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const duration = useDurationText();
  const label = useDomainLabel();
  const dueAt = new Date(deadline.dueAt);
  const state = deadline.state;
  const text =
    state === 'met' || state === 'metLate'
      ? translate('deadline.metAt', { date: formatDateTime(deadline.metAt, locale, zone) })
      : state === 'cancelled'
        ? label('deadlineState', state)
        : dueAt.getTime() < now.getTime()
          ? translate('deadline.overdueBy', { time: duration(now.getTime() - dueAt.getTime()) })
          : translate('deadline.dueIn', { time: duration(dueAt.getTime() - now.getTime()) });
  const colour =
    state === 'overdue' || (state === 'running' && dueAt < now)
      ? 'error'
      : state === 'dueSoon'
        ? 'warning'
        : state === 'metLate'
          ? 'warning'
          : state === 'met'
            ? 'success'
            : 'default';
  return (
    <Chip
      size="small"
      variant={state === 'met' || state === 'cancelled' ? 'outlined' : 'filled'}
      color={colour}
      label={text}
      title={translate('deadline.due', { date: formatDateTime(deadline.dueAt, locale, zone) })}
    />
  );
}

/** The deadline to watch: overdue first, then the one due soonest among those still running. */
export function nextDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | undefined {
  const open = deadlines.filter((deadline) => ['running', 'dueSoon', 'overdue'].includes(deadline.state));
  return [...open].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
}
