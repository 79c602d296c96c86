import { navigateToUrl } from 'single-spa';

/** Links marked `data-nav` change the route without reloading the page. */
export function interceptNavigation(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-nav]') : null;
    if (!link || link.origin !== window.location.origin) return;
    event.preventDefault();
    navigateToUrl(link.href);
  });
}

/** Marks the navigation link of the current page with aria-current="page". */
export function markCurrentLink(root: ParentNode): void {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-nav-match]')) {
    const paths = (link.dataset.navMatch ?? '').split(',');
    if (paths.includes(path)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
