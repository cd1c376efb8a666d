import type {
  AttendanceStatus,
  ExternalForum,
  ExternalProceedingKind,
  ExternalProceedingStatus,
  Finding,
  SessionKind,
  SummonsMethod,
} from '../vocabulary/codes.js';
import type { AllegationInput } from './allegation.js';
import type { SessionPartyInput } from './session.js';

/**
 * Everything one can add to a case's records. New records carry their id (ids are inputs); the others
 * name the record they change. None moves the case: `transition` does that.
 */
export type RecordAction =
  | { readonly type: 'addAllegation'; readonly allegationId: string; readonly allegation: AllegationInput }
  | {
      readonly type: 'updateAllegation';
      readonly allegationId: string;
      readonly allegation: AllegationInput;
    }
  | { readonly type: 'removeAllegation'; readonly allegationId: string }
  | {
      readonly type: 'recordAllegationFinding';
      readonly allegationId: string;
      readonly finding: Finding;
      readonly note?: string;
    }
  | {
      readonly type: 'scheduleSession';
      readonly sessionId: string;
      readonly kind: SessionKind;
      readonly scheduledAt: Date;
      readonly place?: string;
      readonly onlineLink?: string;
      readonly agenda?: string;
    }
  | {
      readonly type: 'recordSummons';
      readonly sessionId: string;
      readonly party: SessionPartyInput;
      readonly sentAt: Date;
      readonly method: SummonsMethod;
      readonly reference?: string;
    }
  | {
      readonly type: 'recordAttendance';
      readonly sessionId: string;
      readonly party: SessionPartyInput;
      readonly status: AttendanceStatus;
      readonly note?: string;
    }
  | {
      readonly type: 'recordSessionMinutes';
      readonly sessionId: string;
      readonly reference: string;
      readonly summary: string;
      readonly outcomeNotes?: string;
    }
  | {
      readonly type: 'recordExternalProceeding';
      readonly proceedingId: string;
      readonly forum: ExternalForum;
      readonly kind: ExternalProceedingKind;
      readonly filedAt: Date;
      readonly status: ExternalProceedingStatus;
      readonly externalNumber?: string;
      readonly result?: string;
      readonly reason?: string;
    }
  | {
      readonly type: 'updateExternalProceeding';
      readonly proceedingId: string;
      readonly status: ExternalProceedingStatus;
      readonly externalNumber?: string;
      readonly result?: string;
    };

export type RecordActionOf<T extends RecordAction['type']> = Extract<RecordAction, { type: T }>;
