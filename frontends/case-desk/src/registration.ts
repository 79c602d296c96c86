import type { GraphQLErrorEntry } from '@hall/styleguide';
import type { RegistrationStage } from './gql/graphql';
import type { MessageKey } from './messages';

/**
 * 受理 → 审核 → 登簿 → 缮证 → 发证: the registry's stages in the order its schema lists them, for the step bar. Which stage
 * comes next, and whether it needs the certificate number, the registry answers (nextStage, nextStageNeedsCertificate).
 */
const STAGE_ORDER: Record<RegistrationStage, number> = { ACCEPTED: 0, REVIEWED: 1, RECORDED: 2, CERTIFIED: 3, ISSUED: 4 };
export const REGISTRATION_STAGES = Object.keys(STAGE_ORDER) as RegistrationStage[];

/** Where `stage` stands on the step bar (0 for the first). */
export const stageIndex = (stage: RegistrationStage): number => STAGE_ORDER[stage];

export const stageKey = (stage: RegistrationStage): MessageKey => `registration.stage.${stage}`;

/** An error of the case-detail answer that is only the registry's (`case.registration`): the rest of the case stands. */
export function isRegistrationError(error: GraphQLErrorEntry): boolean {
  return error.path?.[0] === 'case' && error.path[1] === 'registration';
}
