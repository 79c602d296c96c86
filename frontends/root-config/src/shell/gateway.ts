/** Written by the root server into the page before any script runs. */
declare global {
  interface Window {
    __HALL_CONFIG__?: { gatewayUrl?: string };
  }
}

const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

/** The gateway's origin, where the development sign-in endpoints (`/dev/users`, `/dev/token`) live. */
export function gatewayOrigin(): string {
  const gatewayUrl = window.__HALL_CONFIG__?.gatewayUrl || DEFAULT_GATEWAY_URL;
  return new URL(gatewayUrl, window.location.href).origin;
}
