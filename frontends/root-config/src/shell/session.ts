/**
 * The signed-in session as every micro-frontend reads it (the styleguide's getSession/onSessionChange):
 * JSON {token, user} in localStorage `hall.session`, announced with the window event `hall:session-changed`.
 * The root keeps its own copy of this small contract so it needs no UI framework.
 */
export const SESSION_STORAGE_KEY = 'hall.session';
export const SESSION_CHANGED_EVENT = 'hall:session-changed';

export const ROLES = ['public', 'staff', 'dept_admin', 'supervisor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  label: string;
  dept?: string;
}

export interface Session {
  token: string;
  user: DemoUser;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parseUser(value: unknown): DemoUser | null {
  if (!isRecord(value)) return null;
  const { id, name, role, label, dept } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof role !== 'string') return null;
  if (!(ROLES as readonly string[]).includes(role)) return null;
  const user: DemoUser = { id, name, role: role as Role, label: typeof label === 'string' ? label : name };
  if (typeof dept === 'string') user.dept = dept;
  return user;
}

export function parseSession(value: unknown): Session | null {
  if (!isRecord(value) || typeof value.token !== 'string' || !value.token) return null;
  const user = parseUser(value.user);
  return user ? { token: value.token, user } : null;
}

export function readSession(): Session | null {
  try {
    return parseSession(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null'));
  } catch {
    return null;
  }
}

/** Stores the session (null signs out) and tells every app on the page. */
export function writeSession(session: Session | null): void {
  if (session) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  else localStorage.removeItem(SESSION_STORAGE_KEY);
  window.dispatchEvent(new CustomEvent(SESSION_CHANGED_EVENT));
}
