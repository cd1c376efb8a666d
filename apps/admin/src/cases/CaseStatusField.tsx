// The status of a case as a coloured chip, worded by the domain's labels.
import Chip from '@mui/material/Chip';
import { useRecordContext } from 'react-admin';
import type { CaseStatus } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { useDomainLabel } from '../shared/domain-labels';

type ChipColour = 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';

const COLOUR: Partial<Record<CaseStatus, ChipColour>> = {
  received: 'info',
  screening: 'info',
  awaitingCorrection: 'warning',
  registered: 'primary',
  clarification: 'primary',
  examination: 'primary',
  awaitingPlenary: 'secondary',
  decided: 'secondary',
  awaitingDkpp: 'warning',
  decreeIssued: 'success',
  delivered: 'success',
  replacementInProgress: 'warning',
  closed: 'success',
};

export function CaseStatusChip({ status }: { readonly status: CaseStatus }) {
  const label = useDomainLabel();
  return <Chip size="small" color={COLOUR[status] ?? 'default'} label={label('caseStatus', status)} />;
}

export function CaseStatusField(_props: {
  readonly label?: string;
  readonly source?: string;
  readonly sortable?: boolean;
}) {
  const record = useRecordContext<EthicsCaseRecord>();
  return record ? <CaseStatusChip status={record.status} /> : null;
}
