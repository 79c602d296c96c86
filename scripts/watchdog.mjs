// The watchdog of `npm start` (scripts/start.ts): stops everything the orchestrator started once the orchestrator is
// gone, however it went (Ctrl-C, a closed terminal, a crash, even SIGKILL, which it cannot catch). Node has no
// PR_SET_PDEATHSIG, so the orchestrator holds the write end of this process's stdin: the kernel closes it when the
// orchestrator dies, and the end of stdin is the signal. On stdin the orchestrator announces, one per line,
//   group <pgid>       a child's process group (each child runs in its own, with what npm or sh started under it)
//   postgres <dir>     the data directory of the embedded PostgreSQL (stopped through postmaster.pid)
// Plain JavaScript without dependencies, so it starts fast and has nothing to fail on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GRACE_MS = 10_000;
const groups = new Set();
const dataDirs = new Set();
let buffered = '';

// Its own session (the orchestrator spawns it detached): a closed terminal's SIGHUP or a Ctrl-C is not for it.
for (const signal of ['SIGINT', 'SIGHUP']) process.on(signal, () => undefined);
process.on('SIGTERM', () => void reap());

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  const lines = buffered.split('\n');
  buffered = lines.pop() ?? '';
  for (const line of lines) {
    const [kind, ...rest] = line.trim().split(' ');
    const value = rest.join(' ');
    if (kind === 'group' && Number.isInteger(Number(value)) && Number(value) > 1) groups.add(Number(value));
    else if (kind === 'postgres' && value) dataDirs.add(value);
  }
});
process.stdin.on('end', () => void reap());
process.stdin.on('close', () => void reap());
process.stdin.on('error', () => void reap());

function alive(pid, group = false) {
  try {
    process.kill(group ? -pid : pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function signal(pid, name, group = false) {
  try {
    process.kill(group ? -pid : pid, name);
  } catch {
    // already gone
  }
}

/** The postmaster of a data directory, when it still runs (the first line of postmaster.pid, checked in /proc). */
function postmaster(dir) {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 1 || !alive(pid)) return undefined;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return undefined;
  } catch {
    // no /proc (not Linux): trust the pid file
  }
  return pid;
}

let reaping = false;
async function reap() {
  if (reaping) return;
  reaping = true;
  for (const group of groups) signal(group, 'SIGTERM', true);
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is consistent.
  const postmasters = [...dataDirs].map(postmaster).filter((pid) => pid !== undefined);
  for (const pid of postmasters) signal(pid, 'SIGINT');
  const deadline = Date.now() + GRACE_MS;
  const remaining = () => [...groups].some((group) => alive(group, true)) || postmasters.some((pid) => alive(pid));
  while (remaining() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const group of groups) if (alive(group, true)) signal(group, 'SIGKILL', true);
  // SIGQUIT is PostgreSQL's immediate shutdown (recovery on the next start).
  for (const pid of postmasters) if (alive(pid)) signal(pid, 'SIGQUIT');
  process.exit(0);
}
