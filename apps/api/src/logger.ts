// Structured JSON logs (one object per line) through pino.
import { pino, type Logger } from 'pino';

export type { Logger };

export const createLogger = (level: string): Logger =>
  pino({ level, base: { service: 'etik-api' }, timestamp: pino.stdTimeFunctions.isoTime });
