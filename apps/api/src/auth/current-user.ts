import type { Role } from '@etik/domain';

/** The caller, as proven by a verified access token. */
export interface CurrentUser {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly commissionId: string;
  /** Path of the caller's commission ("/ri/…/"): the caller sees cases whose commission path starts with it. */
  readonly commissionPath: string;
  readonly personId?: string;
}
