// react-admin's layout with a menu in the order of the work: dashboard, cases, filing, reference data.
// The app bar's language switch is react-admin's own (shown because the i18n provider has two locales).
import CreateIcon from '@mui/icons-material/NoteAdd';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import PersonIcon from '@mui/icons-material/Person';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';
import {
  AppBar,
  Layout,
  LoadingIndicator,
  Logout,
  Menu,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  usePermissions,
} from 'react-admin';
import type { Permissions } from '../providers/auth-provider';

function AppMenu() {
  const { permissions } = usePermissions<Permissions>();
  const role = permissions?.role;
  return (
    <Menu>
      <Menu.DashboardItem primaryText="menu.dashboard" />
      <Menu.ResourceItem name="cases" />
      <Menu.Item to="/cases/create" primaryText="menu.newCase" leftIcon={<CreateIcon />} />
      <Menu.ResourceItem name="adhoc-bodies" />
      <Menu.ResourceItem name="members" />
      {role === 'officer' || role === 'nationalAdmin' ? <Menu.ResourceItem name="member-imports" /> : null}
      <Menu.ResourceItem name="declarations" />
      <Menu.ResourceItem name="commissions" />
      <Menu.ResourceItem name="regions" />
      {role === 'nationalAdmin' ? <Menu.ResourceItem name="elections" /> : null}
      {role === 'nationalAdmin' ? <Menu.ResourceItem name="users" /> : null}
      {role === 'nationalAdmin' ? (
        <Menu.Item to="/holidays" primaryText="holidays.menu" leftIcon={<EventBusyIcon />} />
      ) : null}
      <Menu.Item to="/catalogue" primaryText="menu.catalogue" leftIcon={<MenuBookIcon />} />
    </Menu>
  );
}

function AppUserMenu() {
  return (
    <UserMenu>
      <MenuItemLink to="/profile" primaryText="menu.profile" leftIcon={<PersonIcon />} />
      <Logout />
    </UserMenu>
  );
}

function EtikAppBar() {
  return (
    <AppBar
      userMenu={<AppUserMenu />}
      toolbar={
        <>
          <LanguageSwitch />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

export function AppLayout({ children }: { readonly children: ReactNode }) {
  return (
    <Layout appBar={EtikAppBar} menu={AppMenu}>
      {children}
    </Layout>
  );
}
