// Access tokens: HS256 JWTs (jose) carrying the caller's role and jurisdiction.
import { jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '@etik/domain';
import type { CurrentUser } from './current-user.js';

const ISSUER = 'etik-api';

export async function signToken(
  user: CurrentUser,
  secret: Uint8Array,
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    username: user.username,
    role: user.role,
    commissionId: user.commissionId,
    commissionPath: user.commissionPath,
    ...(user.personId ? { personId: user.personId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

/** The user a token proves, or undefined when it is missing, forged, expired or malformed. */
export async function verifyToken(
  token: string,
  secret: Uint8Array,
  now: Date,
): Promise<CurrentUser | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const { sub, username, role, commissionId, commissionPath, personId } = payload;
    if (
      typeof sub !== 'string' ||
      typeof username !== 'string' ||
      typeof role !== 'string' ||
      !(ROLES as readonly string[]).includes(role) ||
      typeof commissionId !== 'string' ||
      typeof commissionPath !== 'string'
    ) {
      return undefined;
    }
    return {
      userId: sub,
      username,
      role: role as Role,
      commissionId,
      commissionPath,
      ...(typeof personId === 'string' ? { personId } : {}),
    };
  } catch {
    return undefined;
  }
}
