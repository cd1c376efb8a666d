// The back office's table of contents: providers, layout and resources. Nothing else lives here.
import { Admin, Authenticated, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import adhocBodies from './adhoc-bodies';
import cases from './cases';
import { CataloguePage } from './catalogue/CataloguePage';
import commissions from './commissions';
import { Dashboard } from './dashboard/Dashboard';
import elections, { electionEditing } from './elections';
import { HolidaysPage } from './holidays/HolidaysPage';
import { AppLayout } from './layout/AppLayout';
import { etikTheme } from './layout/theme';
import members from './members';
import { ProfilePage } from './profile/ProfilePage';
import { createAuthProvider, currentToken } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { createI18nProvider } from './providers/i18n-provider';
import type { Permissions } from './providers/auth-provider';
import declarations from './declarations';
import memberImports from './member-imports';
import regions from './regions';
import users from './users';

const dataProvider = createDataProvider({ getToken: () => currentToken() });
const authProvider = createAuthProvider();
const i18nProvider = createI18nProvider();

export function App() {
  return (
    <Admin
      title="Etik"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={AppLayout}
      dashboard={Dashboard}
      theme={etikTheme}
      // No requireAuth: with it, a signed-out visit to / mounted react-admin's LogoutOnMount, whose logout
      // clears the query cache and re-runs the auth check, over and over, for 10-17 s before the sign-in
      // form. Every resource page checks the session itself (react-admin 5 controllers, the dashboard's
      // WithPermissions) and the custom routes below are wrapped in <Authenticated>.
      disableTelemetry
    >
      {(permissions: Permissions | undefined) => (
        <>
          <Resource name="cases" {...cases} />
          <Resource name="adhoc-bodies" {...adhocBodies} />
          <Resource name="members" {...members} />
          <Resource name="member-imports" {...memberImports} options={{ label: 'directory.imports.menu' }} />
          <Resource
            name="declarations"
            {...declarations}
            options={{ label: 'directory.declarations.menu' }}
          />
          <Resource name="commissions" {...commissions} />
          <Resource name="regions" {...regions} />
          {/* Anyone may read the elections; only the national administrator has the routes to change them. */}
          <Resource
            name="elections"
            {...elections}
            {...(permissions?.role === 'nationalAdmin' ? electionEditing : {})}
            options={{ label: 'elections.menu' }}
          />
          <Resource name="rule-sets" recordRepresentation="code" />
          {/* Accounts are the national administrator's alone: for anyone else the routes do not exist. */}
          {permissions?.role === 'nationalAdmin' ? (
            <Resource name="users" {...users} options={{ label: 'directory.users.menu' }} />
          ) : null}
          <CustomRoutes>
            <Route
              path="/catalogue"
              element={
                <Authenticated>
                  <CataloguePage />
                </Authenticated>
              }
            />
            <Route
              path="/profile"
              element={
                <Authenticated>
                  <ProfilePage />
                </Authenticated>
              }
            />
            {/* The calendar is the national administrator's alone: for anyone else the route does not exist. */}
            {permissions?.role === 'nationalAdmin' ? (
              <Route
                path="/holidays"
                element={
                  <Authenticated>
                    <HolidaysPage />
                  </Authenticated>
                }
              />
            ) : null}
          </CustomRoutes>
        </>
      )}
    </Admin>
  );
}
