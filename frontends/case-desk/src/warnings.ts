import type { StatusTone } from '@hall/styleguide';
import type { Warning } from './gql/graphql';

export interface WarningLook {
  /** Element Plus tag type; the yellow card gets its own class on top of it. */
  tone: StatusTone;
  /** A modifier class: `case-warning--pre` (amber), `--yellow` (yellow card), `--red` (中国红). */
  className: string;
}

const LOOKS: Record<Warning, WarningLook> = {
  NONE: { tone: 'info', className: 'case-warning--none' },
  PRE: { tone: 'warning', className: 'case-warning--pre' },
  YELLOW: { tone: 'warning', className: 'case-warning--yellow' },
  RED: { tone: 'danger', className: 'case-warning--red' },
};

export function warningLook(warning: Warning): WarningLook {
  return LOOKS[warning];
}
