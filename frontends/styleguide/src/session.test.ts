import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import {
  getSession,
  onSessionChange,
  parseSession,
  SESSION_CHANGED_EVENT,
  SESSION_STORAGE_KEY,
  setSession,
  useSession,
  type Session,
} from './session';

const manager: Session = { token: 'jwt-1', user: { id: 'u-1', name: '王敏', role: 'manager', label: '王敏（大厅管理员）' } };

afterEach(() => localStorage.clear());

describe('parseSession', () => {
  it('reads a stored session, keeping the department when present', () => {
    const staff = { token: 't', user: { id: 's', name: '李雷', role: 'staff', label: '李雷', dept: 'd-1' } };
    expect(parseSession(JSON.stringify(staff))).toEqual(staff);
  });

  it('treats malformed or unknown entries as signed out', () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{not json')).toBeNull();
    expect(parseSession(JSON.stringify({ token: '', user: manager.user }))).toBeNull();
    expect(parseSession(JSON.stringify({ token: 't', user: { ...manager.user, role: 'root' } }))).toBeNull();
  });
});

describe('session changes', () => {
  it('stores the session and notifies listeners through the window event', () => {
    const seen = vi.fn();
    const unsubscribe = onSessionChange(seen);
    setSession(manager);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null')).toEqual(manager);
    expect(seen).toHaveBeenLastCalledWith(manager);
    setSession(null);
    expect(getSession()).toBeNull();
    expect(seen).toHaveBeenLastCalledWith(null);
    unsubscribe();
    setSession(manager);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('follows a change made by someone else (the root page) that only writes storage and dispatches the event', async () => {
    const scope = effectScope();
    const session = scope.run(() => useSession());
    expect(session?.value).toBeNull();
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(manager));
    window.dispatchEvent(new CustomEvent(SESSION_CHANGED_EVENT));
    await nextTick();
    expect(session?.value?.user.role).toBe('manager');
    scope.stop();
  });
});
