// Every deadline the case has started, with a live countdown for those still running.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CaseDeadline } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDateTime, useNow } from '../shared/time';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useCaseZone } from './case-zone';

const ORDER = ['overdue', 'dueSoon', 'running', 'metLate', 'met', 'cancelled'];

export function CaseDeadlines({ deadlines }: { readonly deadlines: readonly CaseDeadline[] }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const now = useNow(30_000);
  if (deadlines.length === 0)
    return <Typography color="text.secondary">{translate('case.noDeadlines')}</Typography>;
  const sorted = [...deadlines].sort(
    (a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  return (
    <Table size="small" aria-label={translate('case.sections.deadlines')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('case.sections.deadlines')}</TableCell>
          <TableCell>{translate('resources.cases.fields.status')}</TableCell>
          <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
            {translate('deadline.dueAt')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((deadline) => (
          <TableRow key={`${deadline.key}-${deadline.startedAt}`}>
            <TableCell>
              {label('deadline', deadline.key)}
              {deadline.amount !== undefined && deadline.unit && (
                <Typography variant="caption" display="block" color="text.secondary">
                  {deadline.amount} {label('dayUnit', deadline.unit)}
                  {deadline.basis
                    ? ` · ${translate('case.basis', { basis: locale === 'en' ? deadline.basis.en : deadline.basis.id })}`
                    : ''}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <DeadlineCountdown deadline={deadline} now={now} />
            </TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
              {formatDateTime(deadline.dueAt, locale, zone)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
