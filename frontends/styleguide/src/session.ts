import { onScopeDispose, readonly, shallowRef, type Ref } from 'vue';

/**
 * The signed-in session is shared by every micro-frontend through localStorage; whoever changes it
 * (the root page's sign-in) dispatches `hall:session-changed` on `window`.
 */
export const SESSION_STORAGE_KEY = 'hall.session';
export const SESSION_CHANGED_EVENT = 'hall:session-changed';

export const ROLES = ['public', 'staff', 'dept_admin', 'supervisor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  /** What the user is called in the UI, e.g. "王敏（大厅管理员）". */
  label: string;
  /** Department id, for window staff and department admins. */
  dept?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Accepts only a well-formed session, so a hand-edited or stale entry reads as signed out. */
export function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.token !== 'string' || !value.token || !isRecord(value.user)) return null;
  const { id, name, role, label, dept } = value.user;
  if (typeof id !== 'string' || typeof name !== 'string' || !isRole(role)) return null;
  const user: SessionUser = { id, name, role, label: typeof label === 'string' ? label : name };
  if (typeof dept === 'string') user.dept = dept;
  return { token: value.token, user };
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be blocked by the browser's privacy settings.
    return null;
  }
}

export function getSession(): Session | null {
  return parseSession(storage()?.getItem(SESSION_STORAGE_KEY) ?? null);
}

/** Stores (or, with null, clears) the session and tells every app. */
export function setSession(session: Session | null): void {
  const store = storage();
  if (session) store?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  else store?.removeItem(SESSION_STORAGE_KEY);
  window.dispatchEvent(new CustomEvent(SESSION_CHANGED_EVENT));
}

/** Calls `callback` with the new session whenever it changes, here or in another tab. Returns the unsubscribe. */
export function onSessionChange(callback: (session: Session | null) => void): () => void {
  const onChanged = () => callback(getSession());
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === null) onChanged();
  };
  window.addEventListener(SESSION_CHANGED_EVENT, onChanged);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(SESSION_CHANGED_EVENT, onChanged);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current session as a ref that follows sign-in changes for the lifetime of the calling scope. */
export function useSession(): Readonly<Ref<Session | null>> {
  const session = shallowRef(getSession());
  onScopeDispose(
    onSessionChange((next) => (session.value = next)),
    true,
  );
  return readonly(session);
}
