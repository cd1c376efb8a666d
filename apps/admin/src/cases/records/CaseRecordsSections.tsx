// The case's records on the case page: allegations, sessions and external proceedings. They are read
// with their own query (records-provider.ts), with the actions the user may take on each.
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { EtikDataProvider } from '../../providers/data-provider';
import { Section } from '../CaseSection';
import { AllegationsPanel } from './AllegationsPanel';
import { ExternalProceedingsPanel } from './ExternalProceedingsPanel';
import { recordsKey } from './record-actions';
import { SessionsPanel } from './SessionsPanel';

export function CaseRecordsSections({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const caseId = String(record.id);
  const { data: records, isError } = useQuery({
    // A command given on the page refreshes every query (react-admin's refresh), these included.
    queryKey: recordsKey(caseId),
    queryFn: () => dataProvider.caseRecords(caseId),
  });
  const body = (render: (loaded: NonNullable<typeof records>) => ReactNode) =>
    isError ? (
      <Alert severity="error">{translate('records.loadFailed')}</Alert>
    ) : records ? (
      render(records)
    ) : (
      <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
    );
  return (
    <>
      <Section id="case-allegations" title={translate('records.sections.allegations')}>
        {body((loaded) => (
          <AllegationsPanel record={record} records={loaded} />
        ))}
      </Section>
      <Section id="case-sessions" title={translate('records.sections.sessions')}>
        {body((loaded) => (
          <SessionsPanel record={record} records={loaded} />
        ))}
      </Section>
      <Section id="case-external-proceedings" title={translate('records.sections.externalProceedings')}>
        {body((loaded) => (
          <ExternalProceedingsPanel records={loaded} />
        ))}
      </Section>
    </>
  );
}
