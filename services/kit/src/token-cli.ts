import { parseArgs } from 'node:util';
import { demoHall, demoUsers } from '@hall/demo-hall';
import { authSecret, DEVELOPMENT_ENV, MAX_TOKEN_LIFETIME_SECONDS, ROLES, signToken, type Role } from './identity';

/**
 * Prints a token for a demo user: `npm run token -- --role manager` (or `--user <id>`).
 * `--dept`, `--staff` and `--supervisor` override the demo user's claims; `--expires` (default 12h, at most 24h).
 * A development tool: it signs with the development secret unless AUTH_SECRET is set (and needs a real one
 * under NODE_ENV=production), so its tokens are accepted by `npm start` and refused by any real deployment.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    user: { type: 'string' },
    dept: { type: 'string' },
    staff: { type: 'string' },
    supervisor: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});

const users = demoUsers(demoHall());
const user = values.user
  ? users.find((candidate) => candidate.id === values.user)
  : users.find((candidate) => candidate.role === values.role);
if (!user || (values.role && !ROLES.includes(values.role as Role))) {
  console.error(`usage: npm run token -- --role <${ROLES.join('|')}> | --user <id>`);
  console.error(users.map((candidate) => `  ${candidate.id}  ${candidate.role.padEnd(10)} ${candidate.label}`).join('\n'));
  process.exit(1);
}
const secret = authSecret({ [DEVELOPMENT_ENV]: '1', ...process.env });
const token = await signToken(
  {
    sub: user.id,
    name: user.name,
    role: user.role,
    ...((values.dept ?? user.dept) ? { dept: values.dept ?? user.dept } : {}),
    ...((values.staff ?? user.staffId) ? { staffId: values.staff ?? user.staffId } : {}),
    ...((values.supervisor ?? user.supervisorId) ? { supervisorId: values.supervisor ?? user.supervisorId } : {}),
  },
  secret,
  values.expires,
).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error, `(--expires: at most ${MAX_TOKEN_LIFETIME_SECONDS / 3600}h)`);
  process.exit(1);
});
console.log(token);
