/** Per-deployment settings the root page writes into `window.__HALL_CONFIG__` before any app loads. */
export interface HallConfig {
  gatewayUrl: string;
}

declare global {
  interface Window {
    __HALL_CONFIG__?: Partial<HallConfig>;
  }
}

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

export function getHallConfig(): HallConfig {
  const configured = typeof window === 'undefined' ? undefined : window.__HALL_CONFIG__;
  return { gatewayUrl: configured?.gatewayUrl || DEFAULT_GATEWAY_URL };
}
