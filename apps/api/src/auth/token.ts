// Access tokens: HS256 JWTs (jose). They prove who the caller is (`sub`) and which session generation
// (`sv`) they belong to; role and jurisdiction come from the user's row (auth/session.ts, kept in memory
// and forgotten when the row changes), so a deactivation, a password reset or a role change takes effect
// at the next request.
// The secret is imported as a WebCrypto key once (jose imports a raw Uint8Array at every call), and a
// token already verified is not verified again until it expires: its claims cannot change.
import { webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { CurrentUser } from './current-user.js';

const ISSUER = 'etik-api';
const MAX_VERIFIED = 10_000;

const keys = new WeakMap<Uint8Array, Promise<webcrypto.CryptoKey>>();
const keyOf = (secret: Uint8Array): Promise<webcrypto.CryptoKey> => {
  let key = keys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
};

/** Tokens verified with a secret → their claims and expiry (seconds), oldest first. */
const verified = new WeakMap<Uint8Array, Map<string, { claims: TokenClaims; exp: number }>>();

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
    .sign(await keyOf(secret));
}

/** The claims a token proves, or undefined when it is missing, forged, expired or malformed. */
export async function verifyToken(
  token: string,
  secret: Uint8Array,
  now: Date,
): Promise<TokenClaims | undefined> {
  let known = verified.get(secret);
  if (!known) {
    known = new Map();
    verified.set(secret, known);
  }
  const hit = known.get(token);
  // As jose decides expiry: expired once the current second reaches `exp`.
  if (hit && Math.floor(now.getTime() / 1000) < hit.exp) return hit.claims;
  try {
    const { payload } = await jwtVerify(token, await keyOf(secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const { sub, sv, exp } = payload;
    // Tokens without a session generation predate it: they are refused, their holder signs in again.
    if (typeof sub !== 'string' || typeof sv !== 'number' || !Number.isInteger(sv)) return undefined;
    const claims = { userId: sub, sessionVersion: sv };
    if (typeof exp === 'number') {
      known.delete(token);
      if (known.size >= MAX_VERIFIED) known.delete(known.keys().next().value!);
      known.set(token, { claims, exp });
    }
    return claims;
  } catch {
    return undefined;
  }
}
