import { authSecret, mountRequestBodyGuard, mountResponseSizeCap, positiveInteger, queryLimitsFromEnv, type Role } from '@hall/service-kit';
import type { QueryLimits as OperationLimits } from '@hall/service-kit';
import type { Express } from 'express';

export { queryLimitsPlugin } from '@hall/service-kit';

/**
 * What one request to the gateway may ask for and answer (issues 9 and 13). The depth, alias and cost measure is the
 * kit's (`services/kit/src/limits.ts`), shared with every subgraph. Each is overridable by an environment variable.
 */
export interface QueryLimits extends OperationLimits {
  /** `GATEWAY_MAX_BODY`: bytes of any request body but an evidence upload. */
  maxBodyBytes: number;
  /** `GATEWAY_MAX_UPLOAD_BODY`: bytes of an evidence upload (base64 photos and audio in variables). */
  maxUploadBodyBytes: number;
  /** `GATEWAY_MAX_RESPONSE`: bytes of an answer; beyond it RESPONSE_TOO_LARGE instead of the body. */
  maxResponseBytes: number;
}

/** The mutations that carry evidence files, and who sends each: only they may send the large body. */
export const UPLOAD_MUTATIONS: Readonly<Record<string, readonly Role[]>> = {
  addInspectionEvidence: ['supervisor'],
  respondToRectification: ['dept_admin'],
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  return {
    ...queryLimitsFromEnv('GATEWAY', env),
    maxBodyBytes: positiveInteger(env.GATEWAY_MAX_BODY, 128 * 1024),
    maxUploadBodyBytes: positiveInteger(env.GATEWAY_MAX_UPLOAD_BODY, 30 * 1024 * 1024),
    maxResponseBytes: positiveInteger(env.GATEWAY_MAX_RESPONSE, 4 * 1024 * 1024),
  };
}

/**
 * Request and response size on `/graphql`: a body above `maxBodyBytes` is read only for a signed-in supervisor or
 * department admin sending evidence uploads (their token verified before the body is read), up to
 * `maxUploadBodyBytes`; an answer above `maxResponseBytes` becomes RESPONSE_TOO_LARGE.
 */
export function mountRequestSizeGuard(app: Express, limits: QueryLimits): void {
  mountResponseSizeCap(app, limits.maxResponseBytes);
  mountRequestBodyGuard(app, {
    maxBodyBytes: limits.maxBodyBytes,
    maxUploadBodyBytes: limits.maxUploadBodyBytes,
    uploads: UPLOAD_MUTATIONS,
    secret: authSecret(),
  });
}
