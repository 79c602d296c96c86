/** Per-deployment settings the root page writes into `window.__HALL_CONFIG__` before any app loads. */
export interface HallConfig {
  gatewayUrl: string;
  /** The hall's time zone (the platform's HALL_TZ): every day and clock time on screen is the hall's, wherever the browser is. */
  timeZone: string;
}

declare global {
  interface Window {
    __HALL_CONFIG__?: Partial<HallConfig>;
  }
}

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';
/** HALL_TZ's default on the server (services/kit/src/calendar/days.ts), for a page served without a config. */
export const DEFAULT_HALL_TIME_ZONE = 'Asia/Shanghai';

export function getHallConfig(): HallConfig {
  const configured = typeof window === 'undefined' ? undefined : window.__HALL_CONFIG__;
  return {
    gatewayUrl: configured?.gatewayUrl || DEFAULT_GATEWAY_URL,
    timeZone: configured?.timeZone || DEFAULT_HALL_TIME_ZONE,
  };
}
