import { ROLES, roleLabel, type Role } from '@hall/styleguide';
import { t } from '../messages';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Who took a recorded step: a platform role, or the system's sweep. */
export function actorLabel(actorRole: string): string {
  if (isRole(actorRole)) return roleLabel(actorRole);
  return actorRole === 'system' ? t('event.role.system') : actorRole;
}

/** A bad review's level: 1 非常不满意, 2 不满意 (the other levels are not bad reviews). */
export function levelLabel(level: number): string {
  return level === 1 ? t('badReview.level.1') : level === 2 ? t('badReview.level.2') : String(level);
}
