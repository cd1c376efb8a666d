// Sign-in through the API's `login` mutation; the token and the viewer are kept in localStorage and the
// token goes out as "Authorization: Bearer …". Permissions are the viewer's role and commission.
import type { AuthProvider, UserIdentity } from 'react-admin';
import type { Role } from '@etik/domain';
import type { Commission, Viewer } from './api-types';
import { ApiError, createGraphQLClient, type GraphQLRequest } from './graphql-client';

export const SESSION_KEY = 'etik.session';

export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly viewer: Viewer;
}

export interface Permissions {
  readonly role: Role;
  readonly commissionId: string;
  readonly commissionLevel: Commission['level'];
  readonly commissionName: string;
  readonly personId?: string;
}

export function readSession(storage: Storage = localStorage): Session | undefined {
  try {
    const raw = storage.getItem(SESSION_KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as Session;
    return typeof session.token === 'string' && session.viewer ? session : undefined;
  } catch {
    return undefined;
  }
}

/** The bearer token while it is valid; an expired session is dropped. */
export function currentToken(storage: Storage = localStorage, now = () => Date.now()): string | undefined {
  const session = readSession(storage);
  if (!session) return undefined;
  if (Date.parse(session.expiresAt) <= now()) {
    storage.removeItem(SESSION_KEY);
    return undefined;
  }
  return session.token;
}

const LOGIN_MUTATION = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token expiresAt
    viewer { userId username role personId commission { id level name regionCode parentId } }
  }
}`;

export interface AuthProviderOptions {
  readonly request?: GraphQLRequest;
  readonly storage?: Storage;
  readonly now?: () => number;
}

export function createAuthProvider(options: AuthProviderOptions = {}): AuthProvider {
  const storage = options.storage ?? localStorage;
  const now = options.now ?? (() => Date.now());
  const request = options.request ?? createGraphQLClient();

  return {
    async login({ username, password }: { username: string; password: string }) {
      const { login } = await request<{ login: Session }>(
        LOGIN_MUTATION,
        { username, password },
        { mutation: true },
      );
      storage.setItem(SESSION_KEY, JSON.stringify(login));
    },
    async logout() {
      storage.removeItem(SESSION_KEY);
    },
    async checkAuth() {
      if (!currentToken(storage, now)) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: unknown) {
      const status = (error as { status?: number } | undefined)?.status;
      const code = error instanceof ApiError ? error.code : undefined;
      if (status === 401 || code === 'UNAUTHENTICATED') {
        storage.removeItem(SESSION_KEY);
        throw new Error('ra.notification.logged_out');
      }
      // 403 (FORBIDDEN, a role that may not do something) keeps the user signed in: the page says why.
    },
    async getIdentity(): Promise<UserIdentity> {
      const session = readSession(storage);
      if (!session) throw new Error('ra.auth.auth_check_error');
      const { viewer } = session;
      return {
        id: viewer.userId,
        fullName: viewer.username,
        role: viewer.role,
        commission: viewer.commission,
        personId: viewer.personId ?? undefined,
      };
    },
    async getPermissions(): Promise<Permissions | undefined> {
      const session = readSession(storage);
      if (!session) return undefined;
      const { viewer } = session;
      return {
        role: viewer.role,
        commissionId: viewer.commission.id,
        commissionLevel: viewer.commission.level,
        commissionName: viewer.commission.name,
        ...(viewer.personId ? { personId: viewer.personId } : {}),
      };
    },
  };
}
