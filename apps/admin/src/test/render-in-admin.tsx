// Renders a component the way the app does: inside react-admin's AdminContext with a test data provider,
// a memory store and the real i18n provider (Bahasa Indonesia unless told otherwise).
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminContext, memoryStore, testDataProvider, type DataProvider } from 'react-admin';
import { createI18nProvider, type AppLocale } from '../providers/i18n-provider';

export interface RenderInAdminOptions {
  readonly dataProvider?: Partial<DataProvider> & Record<string, unknown>;
  readonly locale?: AppLocale;
}

export function renderInAdmin(ui: ReactElement, options: RenderInAdminOptions = {}): RenderResult {
  return render(
    <AdminContext
      dataProvider={testDataProvider(options.dataProvider)}
      store={memoryStore()}
      i18nProvider={createI18nProvider(options.locale ?? 'id')}
    >
      {ui}
    </AdminContext>,
  );
}
