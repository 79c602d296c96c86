/** Pages shown on a wall screen (the public queue display): no header, no footer, no sign-in. */
const KIOSK_PATHS = [/^\/queue\/display\/?$/];

export const KIOSK_CLASS = 'hall-kiosk';

export function isKioskPath(path: string): boolean {
  return KIOSK_PATHS.some((pattern) => pattern.test(path));
}

/** Marks <body> for the current route, so the layout's CSS hides the header and footer on a kiosk page. */
export function markKioskRoute(body: HTMLElement): void {
  body.classList.toggle(KIOSK_CLASS, isKioskPath(window.location.pathname));
}
