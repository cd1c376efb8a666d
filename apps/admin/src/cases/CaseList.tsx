// The cases in the user's jurisdiction: filters (status, region/commission, body type, outcome, overdue,
// date received), sort, pagination and CSV export. On a phone the table becomes a simple list.
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  DateField,
  DateInput,
  ExportButton,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { BODY_TYPES, CASE_SOURCES, CASE_STATUSES, OUTCOMES, type Locale } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { useNow } from '../shared/time';
import { caseExporter } from './case-export';
import { CaseStatusChip, CaseStatusField } from './CaseStatusField';
import { DeadlineCountdown, nextDeadline } from './DeadlineCountdown';

const caseFilters = (searchLabel: string) => [
  <SearchInput
    key="q"
    source="q"
    alwaysOn
    placeholder={searchLabel}
    inputProps={{ 'aria-label': searchLabel }}
  />,
  <SelectArrayInput
    key="statuses"
    source="statuses"
    label="resources.cases.fields.status"
    choices={choicesOf('caseStatus', CASE_STATUSES)}
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
  <BooleanInput key="overdue" source="overdue" label="resources.cases.fields.overdue" alwaysOn />,
  <ReferenceInput
    key="commissionId"
    source="commissionId"
    reference="commissions"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectInput label="resources.cases.fields.commissionId" optionText="name" />
  </ReferenceInput>,
  <SelectInput
    key="bodyType"
    source="bodyType"
    label="resources.cases.fields.bodyType"
    choices={choicesOf('bodyType', BODY_TYPES)}
  />,
  <SelectInput
    key="outcome"
    source="outcome"
    label="resources.cases.fields.outcome"
    choices={choicesOf('outcome', OUTCOMES)}
  />,
  <SelectInput
    key="source"
    source="source"
    label="resources.cases.fields.source"
    choices={choicesOf('caseSource', CASE_SOURCES)}
  />,
  <DateInput key="receivedFrom" source="receivedFrom" label="resources.cases.fields.receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" label="resources.cases.fields.receivedTo" />,
];

function CaseListActions() {
  return (
    <TopToolbar>
      <CreateButton label="menu.newCase" />
      <ExportButton label="resources.cases.export" maxResults={1000} />
    </TopToolbar>
  );
}

const respondentNames = (record: EthicsCaseRecord) =>
  record.respondents.map((respondent) => respondent.name ?? respondent.membershipId).join(', ');

export function CaseList() {
  const [locale] = useLocaleState();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const label = useDomainLabel();
  const translate = useTranslate();
  const now = useNow();
  return (
    <List
      filters={caseFilters(translate('resources.cases.fields.q'))}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      perPage={25}
      actions={<CaseListActions />}
      exporter={caseExporter(locale as Locale)}
      empty={false}
    >
      {isSmall ? (
        <SimpleList<EthicsCaseRecord>
          primaryText={(record) => record.registerNumber ?? label('caseSource', record.source)}
          secondaryText={(record) => respondentNames(record)}
          tertiaryText={(record) => <CaseStatusChip status={record.status} />}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField
            source="registerNumber"
            label="resources.cases.fields.registerNumber"
            sortable={false}
            emptyText={translate('case.none')}
          />
          <CaseStatusField label="resources.cases.fields.status" />
          <FunctionField<EthicsCaseRecord>
            label="resources.cases.fields.respondents"
            render={respondentNames}
          />
          <FunctionField<EthicsCaseRecord>
            label="resources.cases.fields.source"
            render={(record) => label('caseSource', record.source)}
          />
          <TextField source="commission.name" label="resources.cases.fields.commission" sortable={false} />
          <DateField
            source="receivedAt"
            label="resources.cases.fields.receivedAt"
            locales={locale === 'en' ? 'en-GB' : 'id-ID'}
          />
          <DateField
            source="updatedAt"
            label="resources.cases.fields.updatedAt"
            locales={locale === 'en' ? 'en-GB' : 'id-ID'}
          />
          <FunctionField<EthicsCaseRecord>
            label="resources.cases.fields.nextDeadline"
            render={(record) => {
              const deadline = nextDeadline(record.deadlines);
              return deadline ? (
                <span>
                  {label('deadline', deadline.key)} <DeadlineCountdown deadline={deadline} now={now} />
                </span>
              ) : null;
            }}
          />
        </Datagrid>
      )}
    </List>
  );
}
