// "Deadlines needing attention": the overdue cases first (the API's overdueCases, most overdue first,
// its deadlines computed by the domain at server time), then the deadlines due soon, nearest first.
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MuiLink from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DeadlineCountdown } from '../cases/DeadlineCountdown';
import type { CaseDeadline, EthicsCaseRecord } from '../providers/api-types';
import type { OverdueCasesPage } from '../providers/data-provider';
import { useDomainLabel } from '../shared/domain-labels';
import { useNow } from '../shared/time';
import { deadlinesDueSoon } from './attention';
import { listHref } from './chart-data';

function CaseItem({
  ethicsCase,
  deadlines,
  now,
}: {
  readonly ethicsCase: EthicsCaseRecord;
  readonly deadlines: readonly CaseDeadline[];
  readonly now: Date;
}) {
  const label = useDomainLabel();
  const createPath = useCreatePath();
  const [first] = deadlines;
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={Link}
        to={createPath({ resource: 'cases', type: 'show', id: ethicsCase.id })}
        sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
      >
        <ListItemText
          sx={{ flex: '1 1 14rem', m: 0 }}
          primary={`${ethicsCase.registerNumber ?? label('caseSource', ethicsCase.source)} — ${deadlines
            .map((deadline) => label('deadline', deadline.key))
            .join(', ')}`}
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
        {first && <DeadlineCountdown deadline={first} now={now} />}
      </ListItemButton>
    </ListItem>
  );
}

function Part({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function AttentionList({
  overdue,
  open,
}: {
  readonly overdue: UseQueryResult<OverdueCasesPage>;
  readonly open: UseQueryResult<readonly EthicsCaseRecord[]>;
}) {
  const translate = useTranslate();
  const now = useNow();
  const loading = <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  const dueSoon = open.data ? deadlinesDueSoon(open.data) : undefined;
  const dueSoonTotal = open.data?.reduce(
    (sum, ethicsCase) => sum + ethicsCase.deadlines.filter((deadline) => deadline.state === 'dueSoon').length,
    0,
  );

  return (
    <Card component="section" aria-labelledby="dashboard-attention">
      <CardContent>
        <Typography id="dashboard-attention" variant="h6" component="h2" gutterBottom>
          {translate('dashboard.attention')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '3fr 2fr' } }}>
          <Part
            id="dashboard-overdue"
            title={translate('dashboard.overdueList', { count: overdue.data?.totalCount ?? '…' })}
          >
            {overdue.data ? (
              overdue.data.nodes.length === 0 ? (
                <Typography color="text.secondary">{translate('dashboard.noOverdue')}</Typography>
              ) : (
                <>
                  <List dense id="dashboard-overdue-list" aria-labelledby="dashboard-overdue">
                    {overdue.data.nodes.map((node) => (
                      <CaseItem
                        key={node.ethicsCase.id}
                        ethicsCase={node.ethicsCase}
                        deadlines={node.overdueDeadlines}
                        now={now}
                      />
                    ))}
                  </List>
                  {overdue.data.totalCount > overdue.data.nodes.length && (
                    <MuiLink href={listHref({ overdue: true })}>
                      {translate('dashboard.moreOverdue', { count: overdue.data.totalCount })}
                    </MuiLink>
                  )}
                </>
              )
            ) : overdue.isError ? (
              '–'
            ) : (
              loading
            )}
          </Part>
          <Part
            id="dashboard-due-soon"
            title={translate('dashboard.dueSoonList', { count: dueSoonTotal ?? '…' })}
          >
            {dueSoon ? (
              dueSoon.length === 0 ? (
                <Typography color="text.secondary">{translate('dashboard.noDueSoon')}</Typography>
              ) : (
                <List dense id="dashboard-due-soon-list" aria-labelledby="dashboard-due-soon">
                  {dueSoon.map(({ ethicsCase, deadline }) => (
                    <CaseItem
                      key={`${ethicsCase.id}-${deadline.key}`}
                      ethicsCase={ethicsCase}
                      deadlines={[deadline]}
                      now={now}
                    />
                  ))}
                </List>
              )
            ) : open.isError ? (
              '–'
            ) : (
              loading
            )}
          </Part>
        </Box>
      </CardContent>
    </Card>
  );
}
