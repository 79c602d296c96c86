import { createHmac } from 'node:crypto';

/**
 * The link between one applicant's cases (the honest one-visit rate's episodes): a keyed hash (HMAC-SHA256) of the
 * resident ID number, upper-cased and trimmed, so that the link never holds the number itself and cannot be recomputed
 * from a list of ID numbers without the key.
 */
export function applicantKey(idNumber: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(idNumber.trim().toUpperCase()).digest('hex');
}
