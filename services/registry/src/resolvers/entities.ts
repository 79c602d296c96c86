import { uuidSchema } from '@hall/service-kit';
import { caseReference, matterReference } from '../data/loaders';
import { requireRead } from '../domain/access';
import { carriesCertificate, nextStage } from '../domain/stages';
import type {
  AppointmentQuotaResolvers,
  CaseResolvers,
  MatterResolvers,
  PropertyRegistrationResolvers,
  RegistrationStepResolvers,
} from '../generated/resolvers';

/** A representation's id that can name a row; anything else (not a uuid, a number, missing) resolves to null. */
const isEntityId = (id: unknown): id is string => uuidSchema.safeParse(id).success;

/**
 * Case is owned by the cases subgraph; the registry adds its registration. Only the key of a representation is read:
 * whatever else it carries (a department, a status) is dropped here and never reaches a rule.
 */
export const Case: CaseResolvers = {
  __resolveReference: (reference) => (isEntityId(reference.id) ? caseReference(reference.id) : null),
  async registration(kase, _, { identity, loaders, ownership }) {
    const registration = await loaders.registrationByCase.load(kase.id);
    if (!registration) return null;
    await requireRead(identity, ownership, registration);
    return registration;
  },
};

/** Matter is owned by the catalog; the registry adds its appointment quota, authorized on the stored department. */
export const Matter: MatterResolvers = {
  __resolveReference: (reference) => (isEntityId(reference.id) ? matterReference(reference.id) : null),
  async appointmentQuota(matter, _, { identity, loaders, ownership }) {
    const quota = await loaders.quotaByMatter.load(matter.id);
    if (!quota) return null;
    await requireRead(identity, ownership, quota);
    return quota;
  },
};

export const PropertyRegistration: PropertyRegistrationResolvers = {
  case: (registration) => caseReference(registration.caseId),
  nextStage: (registration) => nextStage(registration.stage),
  nextStageNeedsCertificate: (registration) => {
    const next = nextStage(registration.stage);
    return next !== null && carriesCertificate(next) && !carriesCertificate(registration.stage);
  },
};

export const RegistrationStep: RegistrationStepResolvers = {
  by: (step) => step.actorId,
  byRole: (step) => step.actorRole,
};

export const AppointmentQuota: AppointmentQuotaResolvers = {
  matter: (quota) => matterReference(quota.matterId),
};
