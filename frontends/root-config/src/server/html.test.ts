import { describe, expect, it } from 'vitest';
import { renderIndexHtml, RUNTIME_PLACEHOLDER } from './html';

const template = `<head>\n    ${RUNTIME_PLACEHOLDER}\n    <script type="module" src="/assets/index.js"></script>\n</head>`;

describe('renderIndexHtml', () => {
  it('puts the import map and the runtime configuration before the root module', () => {
    const html = renderIndexHtml(template, { imports: { vue: '/vendor/vue.js' } }, { gatewayUrl: 'http://127.0.0.1:4000/graphql', timeZone: 'Asia/Shanghai' });
    const importMapAt = html.indexOf('<script type="importmap">{"imports":{"vue":"/vendor/vue.js"}}</script>');
    const configAt = html.indexOf('window.__HALL_CONFIG__ = {"gatewayUrl":"http://127.0.0.1:4000/graphql","timeZone":"Asia/Shanghai"};');
    const moduleAt = html.indexOf('<script type="module"');
    expect(importMapAt).toBeGreaterThan(-1);
    expect(configAt).toBeGreaterThan(importMapAt);
    expect(moduleAt).toBeGreaterThan(configAt);
  });

  it('cannot be broken out of by a configured value', () => {
    const html = renderIndexHtml(template, { imports: { evil: '</script><script>alert(1)</script>' } }, { gatewayUrl: '$&', timeZone: '</script>' });
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script\\u003e');
    expect(html).toContain('{"gatewayUrl":"$&","timeZone":"\\u003c/script\\u003e"}');
  });

  it('fails loudly on an index.html without the placeholder', () => {
    expect(() => renderIndexHtml('<head></head>', { imports: {} }, { gatewayUrl: 'x', timeZone: 'Asia/Shanghai' })).toThrow(/placeholder/);
  });
});
