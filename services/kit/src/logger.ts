import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs without anything personal: request variables are never logged, and fields that could
 * carry personal data are redacted should they ever be passed in.
 */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    redact: {
      paths: ['*.authorization', '*.token', '*.password', '*.idNumber', '*.phone', '*.applicantName', 'variables', '*.variables'],
      censor: '[redacted]',
    },
  });
}
