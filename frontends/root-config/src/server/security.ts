import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ImportMap } from './import-map';

/** The origin of an absolute http(s) URL; undefined for a path on the root's own origin. */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The inline <script> elements of a page (the import map and the runtime configuration), by their SHA-256. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    if (body.length > 0) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The root page's Content-Security-Policy: scripts only from the root itself, the micro-frontends' origins of the
 * import map and the page's own inline scripts (by hash); requests only to the gateway and those origins; never
 * framed by another site. Styles may be inline: Vue and Element Plus set style attributes.
 */
export function contentSecurityPolicy(options: { importMap: ImportMap; gatewayUrl: string; html: string }): string {
  const apps = [
    ...new Set(
      Object.values(options.importMap.imports)
        .map(originOf)
        .filter((origin): origin is string => origin !== undefined),
    ),
  ];
  const gateway = originOf(options.gatewayUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...apps, ...inlineScriptHashes(options.html)],
    'style-src': ["'self'", "'unsafe-inline'", ...apps],
    'img-src': ["'self'", 'data:', 'blob:', ...apps],
    'font-src': ["'self'", 'data:', ...apps],
    'media-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", ...(gateway ? [gateway] : []), ...apps],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${[...new Set(sources)].join(' ')}`)
    .join('; ');
}

/** Headers of every page response: the policy above, no MIME sniffing, no full URL in the Referer of other sites. */
export function setPageSecurityHeaders(response: ServerResponse, policy: string): void {
  response.setHeader('content-security-policy', policy);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  // For browsers without frame-ancestors.
  response.setHeader('x-frame-options', 'DENY');
}
