import { describe, expect, it } from 'vitest';
import { COMMISSION_LEVELS, ROLES } from '../vocabulary/codes.js';
import {
  ACCOUNT_ERROR_LABELS,
  WEAK_PASSWORD_REASON_LABELS,
  checkAccountChange,
  checkPassword,
  checkRoleLevel,
  mayHoldRoleAt,
  PASSWORD_MIN_LENGTH,
  ROLE_COMMISSION_LEVELS,
  validateAccount,
} from './index.js';

const anAccount = {
  username: 'officer.35.26',
  displayName: 'Petugas Bangkalan',
  role: 'officer',
  commissionLevel: 'regency',
} as const;

describe('ROLE_COMMISSION_LEVELS', () => {
  it.each([
    ['nationalAdmin', 'national'],
    ['provincialSupervisor', 'provincial'],
    ['commissioner', 'regency'],
    ['officer', 'regency'],
    ['examiner', 'regency'],
    ['analyst', 'national'],
    ['analyst', 'provincial'],
    ['analyst', 'regency'],
  ] as const)('lets a %s sit at a %s commission', (role, level) => {
    expect(mayHoldRoleAt(role, level)).toBe(true);
    expect(checkRoleLevel(role, level).ok).toBe(true);
  });

  it.each([
    ['nationalAdmin', 'provincial'],
    ['nationalAdmin', 'regency'],
    ['provincialSupervisor', 'national'],
    ['provincialSupervisor', 'regency'],
    ['commissioner', 'provincial'],
    ['officer', 'national'],
    ['examiner', 'provincial'],
  ] as const)('refuses a %s at a %s commission, naming the levels it may hold', (role, level) => {
    expect(checkRoleLevel(role, level)).toEqual({
      ok: false,
      error: {
        code: 'ROLE_NOT_AT_COMMISSION_LEVEL',
        role,
        level,
        allowedLevels: ROLE_COMMISSION_LEVELS[role],
      },
    });
  });

  it('gives every role at least one level, and only known levels', () => {
    for (const role of ROLES) {
      expect(ROLE_COMMISSION_LEVELS[role].length).toBeGreaterThan(0);
      for (const level of ROLE_COMMISSION_LEVELS[role]) expect(COMMISSION_LEVELS).toContain(level);
    }
  });
});

describe('checkPassword', () => {
  it('accepts a password of exactly the minimum length', () => {
    expect('kopi-tubruk7'.length).toBe(PASSWORD_MIN_LENGTH);
    expect(checkPassword('kopi-tubruk7').ok).toBe(true);
  });

  it('refuses one character less, with the minimum', () => {
    expect(checkPassword('x'.repeat(PASSWORD_MIN_LENGTH - 1))).toEqual({
      ok: false,
      error: { code: 'PASSWORD_TOO_SHORT', minLength: PASSWORD_MIN_LENGTH },
    });
  });

  it('counts characters, not UTF-16 units: six emoji are six characters', () => {
    expect(checkPassword('🙈'.repeat(6)).ok).toBe(false);
  });

  it.each([
    ['officer.35.26', 'officer.35.26'],
    ['xOFFICER.35.26-kopi', 'officer.35.26'],
  ])('refuses %j for the username %j: it contains the username', (password, username) => {
    expect(checkPassword(password, username)).toEqual({
      ok: false,
      error: { code: 'WEAK_PASSWORD', reason: 'containsUsername' },
    });
  });

  it.each(['aaaaaaaaaaaa', 'aaaaaaaaaaab', 'abcabcabcabc', 'Ab1!Ab1!Ab1!'])(
    'refuses %j as repetitive',
    (password) => {
      expect(checkPassword(password)).toEqual({
        ok: false,
        error: { code: 'WEAK_PASSWORD', reason: 'repetitive' },
      });
    },
  );

  it.each(['123456789012', '210987654321', 'abcdefghijkl', 'qwertyuiopas', 'ponmlkjihgfe', 'ABCDEFGHIJKL'])(
    'refuses %j as a sequence',
    (password) => {
      expect(checkPassword(password)).toEqual({
        ok: false,
        error: { code: 'WEAK_PASSWORD', reason: 'sequence' },
      });
    },
  );

  it('accepts a passphrase that merely contains short runs', () => {
    expect(checkPassword('abc sawah hijau 123', 'officer.35.26').ok).toBe(true);
  });
});

describe('validateAccount', () => {
  it('returns the account trimmed, with the username lower-cased', () => {
    expect(validateAccount({ ...anAccount, username: '  Officer.35.26 ', displayName: ' Petugas ' })).toEqual(
      { ok: true, value: { username: 'officer.35.26', displayName: 'Petugas', role: 'officer' } },
    );
  });

  it('checks the password only when one is given', () => {
    expect(validateAccount(anAccount).ok).toBe(true);
    expect(validateAccount({ ...anAccount, password: 'short' })).toEqual({
      ok: false,
      error: [{ code: 'PASSWORD_TOO_SHORT', minLength: PASSWORD_MIN_LENGTH }],
    });
  });

  it('refuses a password that contains the account’s own username', () => {
    expect(validateAccount({ ...anAccount, username: 'Budi.S', password: 'budi.s-2024-kpu' })).toEqual({
      ok: false,
      error: [{ code: 'WEAK_PASSWORD', reason: 'containsUsername' }],
    });
  });

  it.each(['ab', 'with space', 'ümlaut', '.leading-dot', 'x'.repeat(65)])(
    'refuses the username %j',
    (username) => {
      expect(validateAccount({ ...anAccount, username })).toEqual({
        ok: false,
        error: [{ code: 'USERNAME_INVALID', value: username }],
      });
    },
  );

  it('returns every error at once', () => {
    const result = validateAccount({
      username: '!',
      displayName: '  ',
      role: 'nationalAdmin',
      commissionLevel: 'regency',
      password: '',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.map((error) => error.code)).toEqual([
      'USERNAME_INVALID',
      'DISPLAY_NAME_MISSING',
      'ROLE_NOT_AT_COMMISSION_LEVEL',
      'PASSWORD_TOO_SHORT',
    ]);
  });
});

describe('checkAccountChange', () => {
  const officer = { role: 'officer', active: true } as const;

  it('refuses deactivating oneself', () => {
    expect(
      checkAccountChange({
        actorUserId: 'u1',
        userId: 'u1',
        before: officer,
        after: { ...officer, active: false },
      }),
    ).toEqual({ ok: false, error: { code: 'SELF_DEACTIVATION_REFUSED' } });
  });

  it('refuses changing one’s own role', () => {
    expect(
      checkAccountChange({
        actorUserId: 'u1',
        userId: 'u1',
        before: { role: 'nationalAdmin', active: true },
        after: { role: 'analyst', active: true },
      }),
    ).toEqual({ ok: false, error: { code: 'SELF_DEMOTION_REFUSED' } });
  });

  it('lets a user change the rest of their own account', () => {
    expect(checkAccountChange({ actorUserId: 'u1', userId: 'u1', before: officer, after: officer }).ok).toBe(
      true,
    );
  });

  it('lets a user deactivate and demote someone else', () => {
    expect(
      checkAccountChange({
        actorUserId: 'u1',
        userId: 'u2',
        before: { role: 'nationalAdmin', active: true },
        after: { role: 'analyst', active: false },
      }).ok,
    ).toBe(true);
  });
});

it('labels every account error in both languages', () => {
  expect(Object.keys(ACCOUNT_ERROR_LABELS)).toHaveLength(7);
  for (const label of [
    ...Object.values(ACCOUNT_ERROR_LABELS),
    ...Object.values(WEAK_PASSWORD_REASON_LABELS),
  ]) {
    expect(label.id).not.toBe('');
    expect(label.en).not.toBe('');
  }
});
