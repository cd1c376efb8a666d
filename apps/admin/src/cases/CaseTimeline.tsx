// The audit trail of the case, oldest first: what happened, when, by which role, from which status to which.
// Domain events and the domain's other case audit actions (deadlines recomputed) are named by the
// domain's labels; the API's own audit actions (evidence uploaded, a confidential identity read) by the
// admin's messages.
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'react-admin';
import type { TimelineEntry } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDateTime } from '../shared/time';
import { useCaseZone } from './case-zone';

export function CaseTimeline({ entries }: { readonly entries: readonly TimelineEntry[] }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  if (entries.length === 0)
    return <Typography color="text.secondary">{translate('case.noTimeline')}</Typography>;
  return (
    <List dense aria-label={translate('case.sections.timeline')} component="ol">
      {entries.map((entry) => (
        <ListItem key={entry.seq} divider component="li">
          <ListItemText
            primary={translate(`domain.caseEvent.${entry.action}`, {
              // Audit actions no command causes (deadlines recomputed after a holiday change), then the API's own.
              _: translate(`domain.caseAuditAction.${entry.action}`, {
                _: translate(`timelineActions.${entry.action}`, { _: entry.action }),
              }),
            })}
            secondary={[
              // An act recorded after it happened: when it happened first, then when it was recorded.
              entry.occurredAt
                ? translate('case.occurredAt', {
                    occurred: formatDateTime(entry.occurredAt, locale, zone),
                    recorded: formatDateTime(entry.at, locale, zone),
                  })
                : formatDateTime(entry.at, locale, zone),
              entry.actorRole ? label('role', entry.actorRole) : undefined,
              entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
                ? `${label('caseStatus', entry.fromStatus)} → ${label('caseStatus', entry.toStatus)}`
                : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}
