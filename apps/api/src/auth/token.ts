// Access tokens: HS256 JWTs (jose). They prove who the caller is (`sub`) and which session generation
// (`sv`) they belong to; role and jurisdiction are read from the user's row at every request
// (auth/session.ts), so a deactivation, a password reset or a role change takes effect at once.
import { jwtVerify, SignJWT } from 'jose';
import type { CurrentUser } from './current-user.js';

const ISSUER = 'etik-api';

/** What a verified token proves; the rest is looked up. */
export interface TokenClaims {
  readonly userId: string;
  readonly sessionVersion: number;
}

export async function signToken(
  user: CurrentUser & { readonly sessionVersion: number },
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
    sv: user.sessionVersion,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

/** The claims a token proves, or undefined when it is missing, forged, expired or malformed. */
export async function verifyToken(
  token: string,
  secret: Uint8Array,
  now: Date,
): Promise<TokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const { sub, sv } = payload;
    // Tokens without a session generation predate it: they are refused, their holder signs in again.
    if (typeof sub !== 'string' || typeof sv !== 'number' || !Number.isInteger(sv)) return undefined;
    return { userId: sub, sessionVersion: sv };
  } catch {
    return undefined;
  }
}
