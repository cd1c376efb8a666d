// How long each stage of the procedure took (stageDurations): a table first — the figures are what an
// analyst compares — with a bar per row for the median and the 90th percentile, hidden from screen readers.
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StageDuration } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';

const TAGS: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-GB' };

export function StageDurations({ stages }: { readonly stages: readonly StageDuration[] }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(TAGS[locale] ?? locale, { maximumFractionDigits: 1 });
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? translate('case.none') : number.format(value);
  const longest = Math.max(1, ...stages.map((stage) => stage.p90Days ?? 0));
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const name = (stage: StageDuration) => translate(`dashboard.stageNames.${stage.stage}`, { _: stage.stage });
  const span = (stage: StageDuration) =>
    `${label('milestone', stage.from)} → ${label('milestone', stage.to)}`;
  if (phone) {
    // On a phone the five columns do not fit: one item per stage, its figures on a line of their own.
    return (
      <Box component="ul" aria-label={translate('dashboard.stages')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {stages.map((stage) => (
          <Box component="li" key={stage.stage} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography sx={{ fontWeight: 600 }}>{name(stage)}</Typography>
            <Typography variant="caption" color="text.secondary" display="block">
              {span(stage)}
            </Typography>
            <Typography variant="body2">
              {`${translate('dashboard.median')} ${days(stage.medianDays)} · ${translate('dashboard.p90')} ${days(stage.p90Days)} · ${translate('dashboard.stageCases')} ${stage.cases}`}
            </Typography>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('dashboard.stages')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate('dashboard.stage')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {translate('dashboard.stageCases')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {translate('dashboard.median')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {translate('dashboard.p90')}
            </TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' }, width: '30%' }} aria-hidden />
          </TableRow>
        </TableHead>
        <TableBody>
          {stages.map((stage) => {
            return (
              <TableRow key={stage.stage}>
                <TableCell component="th" scope="row">
                  {name(stage)}
                  <Typography variant="caption" color="text.secondary" display="block">
                    {span(stage)}
                  </Typography>
                </TableCell>
                <TableCell align="right">{stage.cases}</TableCell>
                <TableCell align="right">{days(stage.medianDays)}</TableCell>
                <TableCell align="right">{days(stage.p90Days)}</TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }} aria-hidden>
                  <Box sx={{ position: 'relative', height: 12, bgcolor: 'action.hover', borderRadius: 1 }}>
                    <Box
                      sx={{
                        position: 'absolute',
                        inset: 0,
                        width: `${(100 * (stage.p90Days ?? 0)) / longest}%`,
                        bgcolor: 'secondary.light',
                        borderRadius: 1,
                      }}
                    />
                    <Box
                      sx={{
                        position: 'absolute',
                        inset: 0,
                        width: `${(100 * (stage.medianDays ?? 0)) / longest}%`,
                        bgcolor: 'primary.main',
                        borderRadius: 1,
                      }}
                    />
                  </Box>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
