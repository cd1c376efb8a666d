// The cases in the user's jurisdiction: filters (status, province → regency, commission, body type,
// outcome, principle, overdue, next deadline due by, date received), sort, pagination and CSV export. On
// a phone the table becomes a simple list.
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  Loading,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { BODY_TYPES, CASE_SOURCES, CASE_STATUSES, OUTCOMES, PRINCIPLES, type Locale } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import type { EtikDataProvider, RegionChoices } from '../providers/data-provider';
import { choicesOf, useDomainLabel } from '../shared/domain-labels';
import { formatDate, useNow } from '../shared/time';
import { zoneOfCase } from './case-zone';
import { caseExporter } from './case-export';
import { CaseStatusChip, CaseStatusField } from './CaseStatusField';
import { DeadlineCountdown, nextDeadline } from './DeadlineCountdown';
import { ProvinceFilterInput, RegencyFilterInput } from './RegionFilter';

/** The region inputs, when the jurisdiction has more than one region to choose from. */
const regionFilters = (regions: RegionChoices | undefined) =>
  !regions || (regions.provinces.length === 0 && regions.regencies.length < 2)
    ? []
    : [
        ...(regions.provinces.length > 0
          ? [<ProvinceFilterInput key="provinceCode" source="provinceCode" provinces={regions.provinces} />]
          : []),
        <RegencyFilterInput
          key="regencyCode"
          source="regencyCode"
          regencies={regions.regencies}
          provinces={regions.provinces}
        />,
      ];

const caseFilters = (searchLabel: string, regions: RegionChoices | undefined) => [
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
  ...regionFilters(regions),
  <ReferenceInput
    key="commissionId"
    source="commissionId"
    reference="commissions"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <SelectInput label="resources.cases.fields.commissionId" optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="electionId" source="electionId" reference="elections" label="elections.election">
    <SelectInput label="elections.election" optionText="name" />
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
    key="principle"
    source="principle"
    label="resources.cases.fields.principle"
    choices={choicesOf('principle', PRINCIPLES)}
  />,
  <SelectInput
    key="source"
    source="source"
    label="resources.cases.fields.source"
    choices={choicesOf('caseSource', CASE_SOURCES)}
  />,
  <DateInput key="receivedFrom" source="receivedFrom" label="resources.cases.fields.receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" label="resources.cases.fields.receivedTo" />,
  <DateInput key="dueBefore" source="dueBefore" label="records.filters.dueBefore" />,
];

function CaseListActions() {
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <FilterButton />
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
  // Below 1536 px (a 1280 px laptop, with the menu) the source and "updated" columns make the table
  // wider than the screen; they stay in the case page and the CSV.
  const isWide = useMediaQuery((theme: Theme) => theme.breakpoints.up('xl'));
  const label = useDomainLabel();
  const translate = useTranslate();
  const now = useNow();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const regions = useQuery({
    queryKey: ['regions', 'choices'],
    queryFn: () => dataProvider.regionChoices(),
    staleTime: 10 * 60_000,
    retry: 1,
  });
  // The filter form takes its inputs once: a region filter in the URL needs its inputs there from the
  // start, so the list waits for the region choices (cached for ten minutes; without them, no region filter).
  if (regions.isPending) return <Loading />;
  return (
    <List
      filters={caseFilters(translate('resources.cases.fields.q'), regions.data)}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      perPage={25}
      actions={<CaseListActions />}
      exporter={caseExporter(locale as Locale)}
      empty={false}
      // Room under the last row for the floating "new complaint" button of a phone.
      sx={{ pb: { xs: 9, md: 0 } }}
    >
      {isSmall ? (
        <SimpleList<EthicsCaseRecord>
          primaryText={(record) => record.registerNumber ?? label('caseSource', record.source)}
          secondaryText={(record) => {
            const deadline = nextDeadline(record.deadlines);
            return (
              <>
                {respondentNames(record)}
                {deadline && (
                  <span style={{ display: 'block', marginTop: 4 }}>
                    {label('deadline', deadline.key)} <DeadlineCountdown deadline={deadline} now={now} />
                  </span>
                )}
              </>
            );
          }}
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
          {isWide && (
            <FunctionField<EthicsCaseRecord>
              label="resources.cases.fields.source"
              render={(record) => label('caseSource', record.source)}
            />
          )}
          <TextField source="commission.name" label="resources.cases.fields.commission" sortable={false} />
          <FunctionField<EthicsCaseRecord>
            source="receivedAt"
            label="resources.cases.fields.receivedAt"
            render={(record) => formatDate(record.receivedAt, locale, zoneOfCase(record))}
          />
          {isWide && (
            <FunctionField<EthicsCaseRecord>
              source="updatedAt"
              label="resources.cases.fields.updatedAt"
              render={(record) => formatDate(record.updatedAt, locale, zoneOfCase(record))}
            />
          )}
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
