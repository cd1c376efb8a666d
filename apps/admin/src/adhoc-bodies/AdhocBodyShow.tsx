// One ad hoc body (`adhocBody`: counts per status, vacancies) and its members and ranked candidates (the
// replacement pool), paged from `members(filter: { bodyId })`; a row opens the member's history.
import Typography from '@mui/material/Typography';
import {
  EditButton,
  TopToolbar,
  Datagrid,
  FunctionField,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AdhocBody, Membership } from '../providers/api-types';
import type { Permissions } from '../providers/auth-provider';
import type { BodyRecord } from '../providers/directory-types';
import { ResponsiveList } from '../shared/ResponsiveList';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDate } from '../shared/time';
import { BODY_KEEPERS } from './AdhocBodyList';
import { AppointMemberDialog } from './AppointMemberDialog';
import { DissolveBodyButton } from './DissolveBodyButton';

/** Rename and dissolve: a dissolved body stays on record as it was. */
function BodyActions() {
  const record = useRecordContext<BodyRecord>();
  const { permissions } = usePermissions<Permissions>();
  const keeper = permissions !== undefined && BODY_KEEPERS.includes(permissions.role);
  return !keeper || record?.dissolvedAt ? null : (
    <TopToolbar>
      <EditButton label="directory.bodies.rename" />
      <AppointMemberDialog />
      <DissolveBodyButton />
    </TopToolbar>
  );
}

export function MembershipGrid() {
  const label = useDomainLabel();
  const translate = useTranslate();
  return (
    <ResponsiveList<Membership & { id: string }>
      primary={(record) => record.person.name}
      secondary={(record) =>
        `${label('position', record.position)} · ${label('membershipStatus', record.status)}`
      }
      tertiary={(record) => (record.selectionRank ? String(record.selectionRank) : '')}
    >
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id) => `/members/${encodeURIComponent(String(id))}/show`}
      >
        <TextField source="person.name" label="resources.members.fields.name" />
        <FunctionField<Membership>
          label="resources.members.fields.position"
          render={(record) => label('position', record.position)}
        />
        <FunctionField<Membership>
          label="resources.members.fields.status"
          render={(record) => label('membershipStatus', record.status)}
        />
        <TextField source="selectionRank" label="resources.members.fields.selectionRank" />
        <FunctionField<Membership>
          label="resources.members.fields.nik"
          render={(record) =>
            record.person.personalDataMasked ? (
              <em>{translate('resources.members.masked')}</em>
            ) : (
              record.person.nik
            )
          }
        />
        <TextField source="person.phone" label="resources.members.fields.phone" emptyText="" />
      </Datagrid>
    </ResponsiveList>
  );
}

export function AdhocBodyShow() {
  const label = useDomainLabel();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Show actions={<BodyActions />}>
      <SimpleShowLayout>
        <TextField source="name" label="resources.adhoc-bodies.fields.name" />
        <FunctionField<AdhocBody>
          label="resources.adhoc-bodies.fields.type"
          render={(record) => label('bodyType', record.type)}
        />
        <FunctionField<BodyRecord>
          label="resources.adhoc-bodies.fields.regionCode"
          render={(record) => `${record.region?.name ?? ''} (${record.regionCode})`}
        />
        <TextField source="tpsNumber" label="directory.bodies.tpsNumber" emptyText="" />
        <FunctionField<BodyRecord>
          label="directory.bodies.dissolvedAt"
          render={(record) =>
            record.dissolvedAt
              ? `${formatDate(record.dissolvedAt, locale)} · ${record.dissolveReason ?? ''}`
              : translate('directory.bodies.serving')
          }
        />
        <TextField source="commission.name" label="resources.adhoc-bodies.fields.commissionId" />
        <NumberField source="activeMemberCount" label="directory.bodies.activeMembers" />
        <NumberField source="vacancies" label="directory.bodies.vacancies" />
        <FunctionField<BodyRecord>
          label="directory.bodies.memberCounts"
          render={(record) =>
            (record.memberCounts ?? [])
              .map((count) => `${label('membershipStatus', count.status)}: ${count.count}`)
              .join(' · ')
          }
        />
        <Typography variant="h6" component="h2">
          {translate('resources.adhoc-bodies.members')}
        </Typography>
        <ReferenceManyField
          reference="members"
          target="bodyId"
          label={false}
          perPage={25}
          sort={{ field: 'body', order: 'ASC' }}
          pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        >
          <MembershipGrid />
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
