// Regions by Kemendagri code: provinces first; choose a parent code to go down a level.
import { Datagrid, FunctionField, List, SearchInput, TextField, TextInput, useTranslate } from 'react-admin';
import type { Region } from '../providers/api-types';

export function RegionList() {
  const translate = useTranslate();
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <TextInput
          key="parentCode"
          source="parentCode"
          label="resources.regions.fields.parentCode"
          alwaysOn
        />,
      ]}
      sort={{ field: 'code', order: 'ASC' }}
      exporter={false}
      perPage={25}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="code" label="resources.regions.fields.code" />
        <TextField source="name" label="resources.regions.fields.name" />
        <FunctionField<Region>
          source="level"
          label="resources.regions.fields.level"
          render={(record) => translate(`resources.regions.levels.${record.level}`, { _: record.level })}
        />
        <TextField source="parentCode" label="resources.regions.fields.parentCode" />
      </Datagrid>
    </List>
  );
}
