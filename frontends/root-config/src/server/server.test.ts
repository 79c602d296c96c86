import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_PLACEHOLDER } from './html';
import { hallTimeZoneFromEnv, inlineScriptHashes, startRootServer, startStaticServer, type RunningServer } from './index';

let dir: string;
const running: RunningServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hall-root-server-'));
  await mkdir(join(dir, 'dist/assets'), { recursive: true });
  await mkdir(join(dir, 'dist/vendor/vue'), { recursive: true });
  await mkdir(join(dir, 'app'), { recursive: true });
  await writeFile(
    join(dir, 'dist/index.html'),
    `<html><head>${RUNTIME_PLACEHOLDER}<script type="module" src="/assets/index-1.js"></script></head></html>`,
  );
  await writeFile(join(dir, 'dist/assets/index-1.js'), 'console.log("root")');
  await writeFile(join(dir, 'dist/vendor/vue/vue.js'), 'export const version = "3"');
  await writeFile(
    join(dir, 'importmap.json'),
    JSON.stringify({ imports: { vue: '/vendor/vue/vue.js', '@hall/app': 'http://localhost:9002/app.js' } }),
  );
  await writeFile(join(dir, 'app/app.js'), 'export const mount = [];');
});

afterAll(async () => {
  await Promise.all(running.map((server) => server.close()));
  await rm(dir, { recursive: true, force: true });
});

async function root(): Promise<RunningServer> {
  const server = await startRootServer({
    distDir: join(dir, 'dist'),
    importMapConfigPath: join(dir, 'importmap.json'),
    importMapOverrides: { '@hall/app': 'http://127.0.0.1:7777/app.js' },
    gatewayUrl: 'http://127.0.0.1:4444/graphql',
  });
  running.push(server);
  return server;
}

describe('startRootServer', () => {
  it('serves every page path with the import map and gateway injected', async () => {
    const server = await root();
    for (const path of ['/', '/guide', '/guide/matters/1']) {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain(
        '<script type="importmap">{"imports":{"vue":"/vendor/vue/vue.js","@hall/app":"http://127.0.0.1:7777/app.js"}}</script>',
      );
      expect(html).toContain('window.__HALL_CONFIG__ = {"gatewayUrl":"http://127.0.0.1:4444/graphql","timeZone":"Asia/Shanghai"};');
    }
  });

  it('serves the built files, fingerprinted ones for a year, and 404 for the rest', async () => {
    const server = await root();
    const asset = await fetch(`${server.url}/assets/index-1.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const vendor = await fetch(`${server.url}/vendor/vue/vue.js`);
    expect(await vendor.text()).toContain('version');
    expect(vendor.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it("writes the hall's time zone into the page's config, allowed by the policy's hash", async () => {
    const server = await startRootServer({ distDir: join(dir, 'dist'), importMapConfigPath: join(dir, 'importmap.json'), timeZone: 'Europe/Berlin' });
    running.push(server);
    const response = await fetch(`${server.url}/guide`);
    const html = await response.text();
    expect(html).toContain('"timeZone":"Europe/Berlin"');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const hash of inlineScriptHashes(html)) expect(policy).toContain(hash);
  });

  it('refuses an unknown time zone, from the options or from HALL_TZ', async () => {
    await expect(startRootServer({ distDir: join(dir, 'dist'), importMapConfigPath: join(dir, 'importmap.json'), timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /Mars\/Olympus is not a known time zone/,
    );
    expect(() => hallTimeZoneFromEnv({ HALL_TZ: 'Mars/Olympus' })).toThrow(/HALL_TZ=Mars\/Olympus is not a known time zone/);
    expect(hallTimeZoneFromEnv({ HALL_TZ: 'Asia/Urumqi' })).toBe('Asia/Urumqi');
    expect(hallTimeZoneFromEnv({})).toBe('Asia/Shanghai');
  });

  it('refuses to start without a build', async () => {
    await expect(startRootServer({ distDir: join(dir, 'nothing') })).rejects.toThrow(/index.html is missing: build the package first/);
  });
});

describe('startStaticServer', () => {
  it('serves an app with CORS for the root page', async () => {
    const server = await startStaticServer({ dir: join(dir, 'app') });
    running.push(server);
    const response = await fetch(`${server.url}/app.js`, { headers: { origin: 'http://127.0.0.1:9000' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it('refuses to start without a build', async () => {
    await expect(startStaticServer({ dir: join(dir, 'missing-dist') })).rejects.toThrow(/build the package first/);
  });
});

describe('security headers of the root page', () => {
  it('sends a Content-Security-Policy that forbids framing and names the app origins, the gateway and the inline scripts', async () => {
    const server = await root();
    const response = await fetch(`${server.url}/guide`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      policy.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toContain("'self'");
    expect(directives.get('script-src')).toContain('http://127.0.0.1:7777');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('connect-src')).toContain('http://127.0.0.1:4444');
    // The import map and the runtime configuration are inline: each is allowed by its hash, and nothing else inline.
    const html = await response.text();
    const hashes = (directives.get('script-src') ?? []).filter((source) => source.startsWith("'sha256-"));
    expect(hashes).toHaveLength(2);
    expect(hashes).toEqual(inlineScriptHashes(html));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('hashes exactly the inline scripts of a page', () => {
    const html = '<script type="importmap">{"imports":{}}</script><script src="/a.js"></script><script>x()</script>';
    const expected = ['{"imports":{}}', 'x()'].map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    expect(inlineScriptHashes(html)).toEqual(expected);
  });
});
