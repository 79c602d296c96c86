import { t } from './messages';
import { parseSession, parseUser, readSession, writeSession, type DemoUser, type Session } from './session';

export interface SignInElements {
  select: HTMLSelectElement;
  current: HTMLElement;
}

async function fetchDemoUsers(origin: string): Promise<DemoUser[]> {
  const response = await fetch(`${origin}/dev/users`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /dev/users answered ${response.status}`);
  const body: unknown = await response.json();
  if (!Array.isArray(body)) throw new Error('GET /dev/users did not answer with a list');
  return body.map(parseUser).filter((user): user is DemoUser => user !== null);
}

async function requestToken(origin: string, userId: string): Promise<Session> {
  const response = await fetch(`${origin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`POST /dev/token answered ${response.status}`);
  const session = parseSession(await response.json());
  if (!session) throw new Error('POST /dev/token did not answer with {token, user}');
  return session;
}

/** The select shows who is signed in; beside it, their role. */
function renderCurrentUser(current: HTMLElement, session: Session | null): void {
  current.textContent = t(`role.${session?.user.role ?? 'public'}`);
  current.title = session ? t('signIn.current', { label: session.user.label }) : t('signIn.anonymous');
}

function renderOptions(select: HTMLSelectElement, users: DemoUser[]): void {
  const publicOption = select.options[0];
  select.replaceChildren(...(publicOption ? [publicOption] : []));
  for (const user of users) select.append(new Option(user.label, user.id));
}

/**
 * The header's demo sign-in: a <select> of the gateway's demo users plus "公众（未登录）". Choosing a user
 * asks the gateway for a token and stores the session for every app; choosing the public signs out.
 */
export async function setUpDemoSignIn({ select, current }: SignInElements, origin: string): Promise<{ rerender(): void }> {
  const rerender = () => renderCurrentUser(current, readSession());
  rerender();

  let users: DemoUser[];
  try {
    users = await fetchDemoUsers(origin);
  } catch (error) {
    // A production gateway has no development endpoints: the page stays public.
    console.warn('demo sign-in unavailable:', error);
    select.disabled = true;
    select.title = t('signIn.unavailable');
    return { rerender };
  }

  renderOptions(select, users);
  const signedIn = readSession();
  select.value = signedIn && users.some((user) => user.id === signedIn.user.id) ? signedIn.user.id : '';
  select.disabled = false;

  select.addEventListener('change', async () => {
    const previous = readSession()?.user.id ?? '';
    const userId = select.value;
    select.disabled = true;
    try {
      writeSession(userId ? await requestToken(origin, userId) : null);
    } catch (error) {
      console.warn('demo sign-in failed:', error);
      select.value = previous;
      current.textContent = t('signIn.failed');
      return;
    } finally {
      select.disabled = false;
    }
    rerender();
  });

  return { rerender };
}
