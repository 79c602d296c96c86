import { afterEach, describe, expect, it } from 'vitest';
import { cssLifecycles, ensureStylesheet, styleguideCssUrl } from './stylesheets';

const APP_CSS = 'http://apps.test/service-guide.css';

function links(): string[] {
  return Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map((link) => link.href);
}

afterEach(() => document.head.replaceChildren());

describe('stylesheets', () => {
  it('adds a stylesheet once', async () => {
    await ensureStylesheet('http://apps.test/styleguide.css');
    await ensureStylesheet('http://apps.test/styleguide.css');
    expect(links()).toEqual(['http://apps.test/styleguide.css']);
  });

  it('brings the shared CSS and then the app’s on mount, and takes only the app’s away on unmount', async () => {
    const css = cssLifecycles(APP_CSS);
    await css.bootstrap();
    await css.mount();
    const mounted = links();
    expect(mounted.indexOf(styleguideCssUrl())).toBeGreaterThan(-1);
    expect(mounted.indexOf(APP_CSS)).toBeGreaterThan(mounted.indexOf(styleguideCssUrl()));
    await css.unmount();
    expect(links()).toEqual(mounted.filter((href) => href !== APP_CSS));
    await css.mount();
    expect(links().filter((href) => href === APP_CSS)).toHaveLength(1);
  });

  it('leaves a stylesheet the page already had', async () => {
    await ensureStylesheet(APP_CSS);
    const css = cssLifecycles(APP_CSS);
    await css.mount();
    await css.unmount();
    expect(links()).toContain(APP_CSS);
  });
});
