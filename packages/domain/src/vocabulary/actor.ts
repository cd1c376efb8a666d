import type { CommissionLevel, Role } from './codes.js';

/** A commission (KPU RI, KPU Provinsi, KPU/KIP Kabupaten/Kota) as far as the domain needs it. */
export interface CommissionRef {
  readonly id: string;
  readonly level: CommissionLevel;
  /** Ids from this commission up to KPU RI, this one first: jurisdiction is "is my commission on that path". */
  readonly path: readonly string[];
}

/** Who issues a command: a user, with one role, bound to one commission. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly commissionId: string;
}
