// Renders a component the way the app does: inside react-admin's AdminContext with a test data provider,
// a memory store and the real i18n provider (Bahasa Indonesia unless told otherwise). `permissions` are
// what the auth provider says of the signed-in user (role and commission), when a component asks.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import {
  AdminContext,
  memoryStore,
  testDataProvider,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import type { Permissions } from '../providers/auth-provider';
import { createI18nProvider, type AppLocale } from '../providers/i18n-provider';

export interface RenderInAdminOptions {
  readonly dataProvider?: Partial<DataProvider> & Record<string, unknown>;
  readonly locale?: AppLocale;
  readonly permissions?: Permissions;
}

export const officerOf = (commissionId = 'kpu-35.26'): Permissions => ({
  role: 'officer',
  commissionId,
  commissionLevel: 'regency',
  commissionName: 'KPU Kabupaten Bangkalan',
});

const authProviderWith = (permissions: Permissions): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => permissions,
});

export function renderInAdmin(ui: ReactElement, options: RenderInAdminOptions = {}): RenderResult {
  return render(
    <AdminContext
      dataProvider={testDataProvider(options.dataProvider)}
      {...(options.permissions ? { authProvider: authProviderWith(options.permissions) } : {})}
      store={memoryStore()}
      i18nProvider={createI18nProvider(options.locale ?? 'id')}
    >
      {ui}
    </AdminContext>,
  );
}
