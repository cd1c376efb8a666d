// The first screen: what needs attention first (overdue cases from the API's overdueCases, then what is
// due soon), then how many cases are where — each chart one caseStatistics request, grouped by the
// database — and how long the stages take (stageDurations).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Title, useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { TERMINAL_STATUSES } from '@etik/domain';
import type { CaseStatistics, StatisticsDimension } from '../providers/api-types';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import { isApiError } from '../providers/graphql-client';
import { useDomainLabel } from '../shared/domain-labels';
import { AttentionList } from './AttentionList';
import { ChartCard } from './BarChart';
import {
  bodyTypeBars,
  casesBeforeWindow,
  listHref,
  monthBars,
  outcomeBars,
  principleBars,
  regionBars,
  statusBars,
} from './chart-data';
import { StageDurations } from './StageDurations';

function Figure({
  label,
  value,
  href,
}: {
  readonly label: string;
  readonly value: ReactNode;
  readonly href?: string;
}) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 140px' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p">
          {href && typeof value === 'number' ? (
            <MuiLink href={href} underline="hover" color="inherit">
              {value}
            </MuiLink>
          ) : (
            value
          )}
        </Typography>
      </CardContent>
    </Card>
  );
}

const TAGS: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-GB' };

/** "Feb 2024" in the chosen language, from "2024-02". */
function useMonthFormat() {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(TAGS[locale] ?? locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (month: string) => format.format(new Date(`${month}-15T00:00:00Z`));
}

/**
 * One caseStatistics request per chart, each cached on its own so the charts appear as they arrive. Outcomes
 * and principles count respondents: what people ask is how many members were warned, not in how many cases.
 */
function useStatistics(dimension: StatisticsDimension, enabled = true, unit: 'case' | 'respondent' = 'case') {
  const dataProvider = useDataProvider<EtikDataProvider>();
  return useQuery<CaseStatistics>({
    queryKey: ['cases', 'statistics', dimension, unit],
    queryFn: () => dataProvider.caseStatistics([dimension], undefined, unit),
    retry: 1,
    enabled,
  });
}

export function Dashboard() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const formatMonth = useMonthFormat();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  // National users compare provinces, provincial users their regencies; a regency sees its body types.
  const regionLevel =
    permissions?.commissionLevel === 'national'
      ? 'province'
      : permissions?.commissionLevel === 'provincial'
        ? 'regency'
        : undefined;

  const overdue = useQuery({
    queryKey: ['cases', 'overdue'],
    queryFn: () => dataProvider.overdueCases(10),
    retry: 1,
  });
  const open = useQuery({ queryKey: ['cases', 'open'], queryFn: () => dataProvider.openCases(), retry: 1 });
  const byStatus = useStatistics('status');
  const byMonth = useStatistics('month');
  const byBodyType = useStatistics('bodyType');
  const byOutcome = useStatistics('outcome', true, 'respondent');
  const byPrinciple = useStatistics('principle', true, 'respondent');
  const byRegion = useStatistics(regionLevel ?? 'province', regionLevel !== undefined);
  const stages = useQuery({
    queryKey: ['cases', 'stageDurations'],
    queryFn: () => dataProvider.stageDurations(),
    retry: 1,
  });

  const failure = [
    overdue,
    open,
    byStatus,
    byMonth,
    byBodyType,
    byOutcome,
    byPrinciple,
    byRegion,
    stages,
  ].find((query) => query.error)?.error;
  const loading = <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  const dueSoonCount = open.data?.filter((ethicsCase) =>
    ethicsCase.deadlines.some((deadline) => deadline.state === 'dueSoon'),
  ).length;
  const openCount = byStatus.data?.groups
    .filter((group) => group.status && !(TERMINAL_STATUSES as readonly string[]).includes(group.status))
    .reduce((sum, group) => sum + group.count, 0);
  const earlier = byMonth.data && casesBeforeWindow(byMonth.data);
  const figure = (value: number | undefined, failed: boolean) =>
    value !== undefined ? value : failed ? '–' : loading;

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title="dashboard.title" />
      {failure && (
        <Alert severity="error" role="alert">
          {translate(isApiError(failure) ? failure.message : 'ra.notification.http_error')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Figure
          label={translate('dashboard.total')}
          value={figure(byStatus.data?.totalCount, byStatus.isError)}
          href="#/cases"
        />
        <Figure label={translate('dashboard.open')} value={figure(openCount, byStatus.isError)} />
        <Figure
          label={translate('dashboard.overdue')}
          value={figure(overdue.data?.totalCount, overdue.isError)}
          href={listHref({ overdue: true })}
        />
        <Figure label={translate('dashboard.dueSoon')} value={figure(dueSoonCount, open.isError)} />
      </Box>

      <AttentionList overdue={overdue} open={open} />

      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        <ChartCard
          id="dashboard-status"
          title={translate('dashboard.byStatus')}
          bars={byStatus.data && statusBars(byStatus.data, label)}
          failed={byStatus.isError}
        />
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start', minWidth: 0 }}>
          <ChartCard
            id="dashboard-month"
            title={translate('dashboard.byMonth')}
            bars={byMonth.data && monthBars(byMonth.data, formatMonth)}
            footer={
              earlier && (
                <MuiLink href={earlier.href}>
                  {translate('dashboard.earlier', {
                    smart_count: earlier.count,
                    month: formatMonth(earlier.firstMonth),
                  })}
                </MuiLink>
              )
            }
            failed={byMonth.isError}
            columns
          />
          {regionLevel && (
            <ChartCard
              id="dashboard-region"
              title={translate(regionLevel === 'province' ? 'dashboard.byProvince' : 'dashboard.byRegency')}
              bars={byRegion.data && regionBars(byRegion.data, regionLevel)}
              failed={byRegion.isError}
            />
          )}
          <ChartCard
            id="dashboard-body"
            title={translate('dashboard.byBodyType')}
            bars={byBodyType.data && bodyTypeBars(byBodyType.data, label)}
            failed={byBodyType.isError}
            note={translate('dashboard.perRespondent')}
          />
        </Box>
        <ChartCard
          id="dashboard-outcome"
          title={translate('dashboard.byOutcome')}
          bars={byOutcome.data && outcomeBars(byOutcome.data, label)}
          failed={byOutcome.isError}
          note={translate('dashboard.perRespondent')}
        />
        <ChartCard
          id="dashboard-principle"
          title={translate('dashboard.byPrinciple')}
          bars={byPrinciple.data && principleBars(byPrinciple.data, label)}
          failed={byPrinciple.isError}
          note={translate('dashboard.perRespondent')}
        />
      </Box>

      <Card component="section" aria-labelledby="dashboard-stages">
        <CardContent>
          <Typography id="dashboard-stages" variant="h6" component="h2" gutterBottom>
            {translate('dashboard.stages')}
          </Typography>
          {stages.data ? <StageDurations stages={stages.data} /> : stages.isError ? '–' : loading}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {translate('dashboard.stageNote')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
}
