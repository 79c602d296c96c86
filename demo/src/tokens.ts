import { demoHall, demoUsers, type DemoStaff } from '@hall/demo-hall';
import { authSecret, DEVELOPMENT_ENV, signToken, type TokenClaims } from '@hall/service-kit/identity';

/**
 * Development tokens for the people the simulator plays: the demo manager and any window clerk of the hall (the
 * claims `npm run token -- --role staff --staff <id> --dept <id>` gives). Signed with the development secret
 * (HALL_DEV=1, as under `npm start`) unless AUTH_SECRET is set.
 */
export class Tokens {
  private readonly secret: Uint8Array;
  private readonly cache = new Map<string, { token: string; until: number }>();
  private readonly users = demoUsers(demoHall());

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.secret = authSecret({ [DEVELOPMENT_ENV]: '1', ...env });
  }

  manager(): Promise<string> {
    const user = this.users.find((candidate) => candidate.role === 'manager');
    if (!user) throw new Error('The demo hall has no manager');
    return this.sign(user.id, { sub: user.id, name: user.name, role: 'manager' });
  }

  staff(member: Pick<DemoStaff, 'id' | 'name' | 'departmentId'>): Promise<string> {
    return this.sign(`staff:${member.id}`, {
      sub: `demo-simulator:${member.id}`,
      name: member.name,
      role: 'staff',
      dept: member.departmentId,
      staffId: member.id,
    });
  }

  private async sign(key: string, claims: TokenClaims): Promise<string> {
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.token;
    const token = await signToken(claims, this.secret, '2h');
    this.cache.set(key, { token, until: Date.now() + 3_600_000 });
    return token;
  }
}
