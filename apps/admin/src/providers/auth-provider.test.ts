import { describe, expect, it, vi } from 'vitest';
import { createAuthProvider, currentToken, SESSION_KEY } from './auth-provider';
import { ApiError } from './graphql-client';

const viewer = {
  userId: 'user-officer',
  username: 'officer.35.26',
  role: 'officer',
  personId: null,
  commission: {
    id: 'kpu-35.26',
    level: 'regency',
    name: 'KPU Kabupaten Bangkalan',
    regionCode: '35.26',
    parentId: 'kpu-35',
  },
};
const NOW = Date.parse('2024-03-04T03:00:00Z');

function signedIn() {
  const request = vi
    .fn()
    .mockResolvedValue({ login: { token: 'jwt', expiresAt: '2024-03-04T11:00:00.000Z', viewer } });
  const auth = createAuthProvider({ request, storage: localStorage, now: () => NOW });
  return { auth, request };
}

describe('auth provider', () => {
  it('signs in with the login mutation and keeps the token', async () => {
    const { auth, request } = signedIn();
    await auth.login({ username: 'officer.35.26', password: 'secret' });
    expect(request).toHaveBeenCalledWith(
      expect.stringContaining('login(username: $username, password: $password)'),
      {
        username: 'officer.35.26',
        password: 'secret',
      },
      { mutation: true },
    );
    expect(currentToken(localStorage, () => NOW)).toBe('jwt');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
  });

  it('gives the role and the commission as permissions, and the username as identity', async () => {
    const { auth } = signedIn();
    await auth.login({});
    await expect(auth.getPermissions!({})).resolves.toEqual({
      role: 'officer',
      commissionId: 'kpu-35.26',
      commissionLevel: 'regency',
      commissionName: 'KPU Kabupaten Bangkalan',
    });
    await expect(auth.getIdentity!()).resolves.toMatchObject({
      id: 'user-officer',
      fullName: 'officer.35.26',
      role: 'officer',
    });
  });

  it('drops an expired session', async () => {
    const { auth } = signedIn();
    await auth.login({});
    const later = createAuthProvider({
      request: vi.fn(),
      storage: localStorage,
      now: () => NOW + 9 * 3_600_000,
    });
    await expect(later.checkAuth({})).rejects.toThrow();
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('signs out on UNAUTHENTICATED but not on FORBIDDEN', async () => {
    const { auth } = signedIn();
    await auth.login({});
    await expect(auth.checkError(new ApiError('FORBIDDEN'))).resolves.toBeUndefined();
    expect(localStorage.getItem(SESSION_KEY)).not.toBeNull();
    await expect(auth.checkError(new ApiError('UNAUTHENTICATED'))).rejects.toThrow();
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('reports wrong credentials as errors.INVALID_CREDENTIALS', async () => {
    const auth = createAuthProvider({
      request: vi.fn().mockRejectedValue(new ApiError('INVALID_CREDENTIALS')),
      storage: localStorage,
    });
    await expect(auth.login({ username: 'x', password: 'y' })).rejects.toMatchObject({
      message: 'errors.INVALID_CREDENTIALS',
    });
  });
});
