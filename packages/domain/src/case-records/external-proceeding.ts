// The matter before another forum (regulation.md §10.4 ExternalProceeding and Referral): a DKPP complaint,
// a PTUN lawsuit against the decree, a Bawaslu or Gakkumdu matter — brought there by someone else, or
// referred there by the commission (pelimpahan) while its own case goes on.
import type { ExternalForum, ExternalProceedingKind, ExternalProceedingStatus } from '../vocabulary/codes.js';

export interface ExternalProceeding {
  readonly id: string;
  readonly forum: ExternalForum;
  readonly kind: ExternalProceedingKind;
  /** The forum's number: "69-PKE-DKPP/V/2024", "125/G/2024/PTUN.SBY"… */
  readonly externalNumber?: string;
  /** Filed at the forum, or sent there for a referral. */
  readonly filedAt: Date;
  readonly status: ExternalProceedingStatus;
  readonly result?: string;
  /** Why the commission referred it (required for a referral). */
  readonly reason?: string;
  readonly recordedAt: Date;
  readonly updatedAt?: Date;
}
