// Memory-hard password hashing with node's built-in scrypt: no native build, constant-time comparison;
// and the policy a new password must meet.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { checkPassword, err, ok, type AccountError, type Result } from '@etik/domain';

const KEY_LENGTH = 32;
/** N = 2^15, r = 8: 32 MiB per hash, tens of milliseconds on this machine class (OWASP's scrypt floor is 2^17 at r=8, p=1 for 128 MiB; we trade memory for 2-core servers). */
const DEFAULTS = { N: 32768, r: 8, p: 1 } as const;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...options, maxmem: 128 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Encodes as `scrypt$N$r$p$salt$hash` (base64url), so parameters can be raised later. */
export async function hashPassword(
  password: string,
  options: { N: number; r: number; p: number } = DEFAULTS,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, options);
  return [
    'scrypt',
    options.N,
    options.r,
    options.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The common-password list (zxcvbn-ts's, about 49,000 entries, lower case), loaded at first use. */
let commonPasswords: Promise<ReadonlySet<string>> | undefined;
const commonPasswordList = (): Promise<ReadonlySet<string>> =>
  (commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common']),
  ));

/**
 * The password policy for every password that is set (createUser, resetUserPassword, the create-admin
 * command): the domain's rules (length, not the username, not repetitive, not a sequence), then the list
 * of common passwords, also with digits and symbols around a common word taken off ("dragon123456!").
 */
export async function checkNewPassword(
  password: string,
  username: string,
): Promise<Result<void, AccountError>> {
  const rules = checkPassword(password, username);
  if (!rules.ok) return rules;
  const lower = password.normalize('NFKC').toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const list = await commonPasswordList();
  return list.has(lower) || (core.length >= 4 && list.has(core))
    ? err({ code: 'WEAK_PASSWORD', reason: 'common' })
    : ok(undefined);
}
