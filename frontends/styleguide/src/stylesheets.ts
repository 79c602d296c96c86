/** Single-spa lifecycle functions, typed loosely enough to sit beside any app's own lifecycles. */
export type LifecycleFn = (props?: unknown) => Promise<void>;

export interface CssLifecycles {
  bootstrap: LifecycleFn;
  mount: LifecycleFn;
  unmount: LifecycleFn;
}

function absolute(href: string): string {
  return new URL(href, document.baseURI).href;
}

export function findStylesheet(href: string): HTMLLinkElement | undefined {
  const wanted = absolute(href);
  return Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).find((link) => link.href === wanted);
}

/** Resolves once the stylesheet has loaded or failed; a failed stylesheet must not keep an app from mounting. */
function whenSettled(link: HTMLLinkElement): Promise<void> {
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Load promises of the links added here; a link the page had before is taken as loaded. */
const loading = new WeakMap<HTMLLinkElement, Promise<void>>();

function appendStylesheet(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = absolute(href);
  // Listening before the link is in the document, so a load reported at once is not missed.
  loading.set(link, whenSettled(link));
  document.head.append(link);
  return link;
}

/** Adds `<link rel="stylesheet">` for `href` unless the page already has it; resolves once it has loaded. */
export function ensureStylesheet(href: string): Promise<void> {
  const link = findStylesheet(href) ?? appendStylesheet(href);
  return loading.get(link) ?? Promise.resolve();
}

/**
 * Lifecycles that bring an app's own CSS with it. Before the app mounts, the shared stylesheets and then the
 * app's are on the page (in that order, so the app's rules win) and loaded, so nothing flashes unstyled;
 * after it unmounts, the app's link is removed so an inactive app's styles do not leak.
 * A link the page already had (e.g. preloaded by the server) is left alone.
 */
export function cssLifecycles(cssUrl: string): CssLifecycles {
  let added: HTMLLinkElement | null = null;
  return {
    bootstrap: async () => undefined,
    mount: async () => {
      const base = ensureBaseStylesheets();
      if (!findStylesheet(cssUrl)) added = appendStylesheet(cssUrl);
      await Promise.all([base, ensureStylesheet(cssUrl)]);
    },
    unmount: async () => {
      added?.remove();
      added = null;
    },
  };
}

const STYLEGUIDE_CSS_FILE = 'styleguide.css';

/** The styleguide's own CSS sits next to its bundle. */
export function styleguideCssUrl(): string {
  return new URL(STYLEGUIDE_CSS_FILE, import.meta.url).href;
}

/**
 * Element Plus's CSS sits next to its module wherever the import map points `element-plus`
 * (its npm layout: dist/index.full.min.mjs beside dist/index.css), so a CDN override keeps working.
 */
export function elementPlusCssUrl(): string | null {
  try {
    return new URL('index.css', import.meta.resolve('element-plus')).href;
  } catch {
    return null;
  }
}

/** Element Plus's CSS, then the styleguide's (its tokens restyle Element Plus), each once per page. */
export function ensureBaseStylesheets(): Promise<void> {
  const elementPlus = elementPlusCssUrl();
  return Promise.all([elementPlus ? ensureStylesheet(elementPlus) : undefined, ensureStylesheet(styleguideCssUrl())]).then(() => undefined);
}
