import { onScopeDispose, readonly, ref, type Ref } from 'vue';

/** The app's own routes under the root's `/dashboard`: the live board and a month's report. */
export type View = { kind: 'board' } | { kind: 'report'; month: string };

const REPORT_PATH = /^\/dashboard\/report\/([^/]+)\/?$/;

export function viewOf(pathname: string): View {
  const match = REPORT_PATH.exec(pathname);
  return match?.[1] ? { kind: 'report', month: decodeURIComponent(match[1]) } : { kind: 'board' };
}

export function reportPath(month: string): string {
  return `/dashboard/report/${month}`;
}

/** The case desk's route with the case to open (the desk lives at `/desk` in the root layout). */
export function caseDeskPath(caseId: string): string {
  return `/desk?case=${encodeURIComponent(caseId)}`;
}

/** Changes the URL without reloading; single-spa hears the popstate. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePathname(): Readonly<Ref<string>> {
  const pathname = ref(window.location.pathname);
  const update = () => (pathname.value = window.location.pathname);
  window.addEventListener('popstate', update);
  window.addEventListener('single-spa:routing-event', update);
  onScopeDispose(() => {
    window.removeEventListener('popstate', update);
    window.removeEventListener('single-spa:routing-event', update);
  }, true);
  return readonly(pathname);
}
