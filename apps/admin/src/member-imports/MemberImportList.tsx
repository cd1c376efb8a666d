// The member CSV import: the upload form above the imports already made (newest first, `memberImports`).
import { Datagrid, DateField, FunctionField, List, NumberField, TextField, useTranslate } from 'react-admin';
import type { MemberImportRecord } from '../providers/directory-types';
import { ResponsiveList } from '../shared/ResponsiveList';
import { ImportUploadForm } from './ImportUploadForm';

export function MemberImportList() {
  const translate = useTranslate();
  const status = (record: MemberImportRecord) => translate(`directory.imports.statuses.${record.status}`);
  return (
    <>
      <ImportUploadForm />
      <List
        title="directory.imports.title"
        exporter={false}
        perPage={25}
        sort={{ field: 'createdAt', order: 'DESC' }}
        empty={false}
      >
        <ResponsiveList<MemberImportRecord>
          primary={(record) => record.fileName}
          secondary={(record) => `${status(record)} · ${Math.round(record.progress * 100)} %`}
          tertiary={(record) => record.commission.name}
        >
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="createdAt" label="directory.imports.createdAt" showTime sortable={false} />
            <TextField source="fileName" label="directory.imports.fileName" sortable={false} />
            <TextField source="commission.name" label="directory.imports.commission" sortable={false} />
            <FunctionField<MemberImportRecord>
              label="directory.imports.status"
              render={status}
              sortable={false}
            />
            <NumberField source="importedRows" label="directory.imports.counts.imported" sortable={false} />
            <NumberField source="rejectedRows" label="directory.imports.counts.rejected" sortable={false} />
          </Datagrid>
        </ResponsiveList>
      </List>
    </>
  );
}
