// The first screen: how many cases are where, and which deadlines need attention first.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Title, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { BODY_TYPES, CASE_STATUSES, TERMINAL_STATUSES } from '@etik/domain';
import { DeadlineCountdown } from '../cases/DeadlineCountdown';
import type { EtikDataProvider } from '../providers/data-provider';
import { isApiError } from '../providers/graphql-client';
import { useDomainLabel } from '../shared/domain-labels';
import { useNow } from '../shared/time';
import { deadlinesNeedingAttention } from './attention';
import { BarChart } from './BarChart';

function Figure({ label, value }: { readonly label: string; readonly value: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 160px' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p">
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
}

const listHref = (filter: Record<string, unknown>) =>
  `#/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`;

export function Dashboard() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const createPath = useCreatePath();
  const now = useNow();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const stats = useQuery({ queryKey: ['cases', 'stats'], queryFn: () => dataProvider.caseStats(), retry: 1 });
  const open = useQuery({ queryKey: ['cases', 'open'], queryFn: () => dataProvider.openCases(), retry: 1 });
  const attention = deadlinesNeedingAttention(open.data ?? []);
  const overdue = (open.data ?? []).filter((ethicsCase) =>
    ethicsCase.deadlines.some((deadline) => deadline.state === 'overdue'),
  ).length;
  const dueSoon = (open.data ?? []).filter((ethicsCase) =>
    ethicsCase.deadlines.some((deadline) => deadline.state === 'dueSoon'),
  ).length;
  const openCount = CASE_STATUSES.filter(
    (status) => !(TERMINAL_STATUSES as readonly string[]).includes(status),
  ).reduce((sum, status) => sum + (stats.data?.byStatus[status] ?? 0), 0);
  const failure = stats.error ?? open.error;
  const loading = failure ? '–' : <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      <Title title="dashboard.title" />
      {failure && (
        <Alert severity="error" role="alert">
          {translate(isApiError(failure) ? failure.message : 'ra.notification.http_error')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Figure label={translate('dashboard.total')} value={stats.data ? stats.data.total : loading} />
        <Figure label={translate('dashboard.open')} value={stats.data ? openCount : loading} />
        <Figure label={translate('dashboard.overdue')} value={open.data ? overdue : loading} />
        <Figure label={translate('dashboard.dueSoon')} value={open.data ? dueSoon : loading} />
      </Box>

      <Card component="section" aria-labelledby="dashboard-attention">
        <CardContent>
          <Typography id="dashboard-attention" variant="h6" component="h2">
            {translate('dashboard.attention')}
          </Typography>
          {open.isPending || open.isError ? (
            loading
          ) : attention.length === 0 ? (
            <Typography color="text.secondary">{translate('dashboard.noAttention')}</Typography>
          ) : (
            <List dense>
              {attention.map(({ ethicsCase, deadline }) => (
                <ListItemButton
                  key={`${ethicsCase.id}-${deadline.key}`}
                  component={Link}
                  to={createPath({ resource: 'cases', type: 'show', id: ethicsCase.id })}
                  sx={{ gap: 1, flexWrap: 'wrap' }}
                >
                  <ListItemText
                    primary={`${ethicsCase.registerNumber ?? label('caseSource', ethicsCase.source)} — ${label('deadline', deadline.key)}`}
                    secondary={[
                      label('caseStatus', ethicsCase.status),
                      ethicsCase.respondents
                        .map((respondent) => respondent.name)
                        .filter(Boolean)
                        .join(', '),
                      ethicsCase.commission.name,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                  <DeadlineCountdown deadline={deadline} now={now} />
                </ListItemButton>
              ))}
            </List>
          )}
        </CardContent>
      </Card>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2 }}>
        <Card component="section" aria-labelledby="dashboard-status">
          <CardContent>
            <Typography id="dashboard-status" variant="h6" component="h2" gutterBottom>
              {translate('dashboard.byStatus')}
            </Typography>
            {stats.data ? (
              <BarChart
                title={translate('dashboard.chartLabel', { title: translate('dashboard.byStatus') })}
                bars={CASE_STATUSES.map((status) => ({
                  key: status,
                  label: label('caseStatus', status),
                  value: stats.data.byStatus[status] ?? 0,
                  href: listHref({ statuses: [status] }),
                }))}
              />
            ) : (
              loading
            )}
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="dashboard-body">
          <CardContent>
            <Typography id="dashboard-body" variant="h6" component="h2" gutterBottom>
              {translate('dashboard.byBodyType')}
            </Typography>
            {stats.data ? (
              <BarChart
                title={translate('dashboard.chartLabel', { title: translate('dashboard.byBodyType') })}
                bars={BODY_TYPES.map((type) => ({
                  key: type,
                  label: label('bodyType', type),
                  value: stats.data.byBodyType[type] ?? 0,
                  href: listHref({ bodyType: type }),
                }))}
              />
            ) : (
              loading
            )}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
