import { badUserInput, conflict } from '@hall/service-kit';
import { REGISTRATION_STAGES, type RegistrationStage } from '../db/schema';

export { REGISTRATION_STAGES, type RegistrationStage };

/** The stage after `stage`; null after ISSUED, the last one. */
export function nextStage(stage: RegistrationStage): RegistrationStage | null {
  return REGISTRATION_STAGES[REGISTRATION_STAGES.indexOf(stage) + 1] ?? null;
}

/** From CERTIFIED (缮证) on a registration carries its certificate number. */
export const carriesCertificate = (stage: RegistrationStage) =>
  REGISTRATION_STAGES.indexOf(stage) >= REGISTRATION_STAGES.indexOf('CERTIFIED');

/** What a registration is before a step: its stage and numbers (none before the first record). */
export interface RegistrationState {
  stage: RegistrationStage;
  unitNumber: string;
  certificateNumber: string | null;
}

export interface StepRequest {
  stage: RegistrationStage;
  unitNumber?: string | null | undefined;
  certificateNumber?: string | null | undefined;
}

/**
 * The registration after the requested step, or the refusal: the first record is ACCEPTED with its unit number; then one
 * stage forward at a time (CONFLICT for a backward, repeated or skipping move, and after ISSUED); the unit number is named
 * once, at acceptance, and the certificate number at CERTIFIED (BAD_USER_INPUT for one missing, given too early, or
 * different from the one recorded). The numbers' own format is checked before (inputs.ts).
 */
export function applyStep(current: RegistrationState | null, request: StepRequest): RegistrationState {
  const { stage } = request;
  if (!current) {
    if (stage !== 'ACCEPTED')
      throw conflict(`a registration starts at ACCEPTED (受理); ${stage} cannot be the first stage`, { stage: null });
    if (!request.unitNumber) throw badUserInput('the first record (受理) names the unit number (不动产单元号)', { field: 'unitNumber' });
    if (request.certificateNumber)
      throw badUserInput('a certificate number is recorded from CERTIFIED (缮证) on', { field: 'certificateNumber' });
    return { stage, unitNumber: request.unitNumber, certificateNumber: null };
  }
  const expected = nextStage(current.stage);
  if (stage !== expected) {
    const why = expected === null ? 'the registration is complete' : `the next stage is ${expected}`;
    throw conflict(`the registration is at ${current.stage}: ${why}; stages move forward one at a time`, {
      stage: current.stage,
      ...(expected ? { expected } : {}),
    });
  }
  if (request.unitNumber && request.unitNumber !== current.unitNumber) {
    throw badUserInput('the unit number (不动产单元号) was named at acceptance and cannot change', { field: 'unitNumber' });
  }
  if (!carriesCertificate(stage)) {
    if (request.certificateNumber)
      throw badUserInput('a certificate number is recorded from CERTIFIED (缮证) on', { field: 'certificateNumber' });
    return { ...current, stage };
  }
  const certificateNumber = current.certificateNumber ?? request.certificateNumber ?? null;
  if (!certificateNumber)
    throw badUserInput('CERTIFIED (缮证) needs the certificate number (不动产权证书号)', { field: 'certificateNumber' });
  if (request.certificateNumber && request.certificateNumber !== certificateNumber) {
    throw badUserInput('the certificate number was recorded at CERTIFIED (缮证) and cannot change', { field: 'certificateNumber' });
  }
  return { ...current, stage, certificateNumber };
}
