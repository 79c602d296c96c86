// `npm start` runs this beside the platform (scripts/start.ts): the simulator, one step every DEMO_SIMULATOR_INTERVAL_MS
// (default 3000) against GATEWAY_URL. DEMO_SIMULATOR=0 turns it off. It stops with the platform: on SIGTERM/SIGINT, and
// when its stdin closes under HALL_WATCH_STDIN=1 (the orchestrator is gone).
import { gatewayApi } from './client';
import { Simulator } from './simulator';
import { Tokens } from './tokens';

const env = process.env;
if (env.DEMO_SIMULATOR === '0') {
  console.log('the demo simulator is off (DEMO_SIMULATOR=0)');
  process.exit(0);
}
const url = env.GATEWAY_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT ?? 4000}/graphql`;
const interval = Number(env.DEMO_SIMULATOR_INTERVAL_MS ?? 3000);
if (!Number.isFinite(interval) || interval < 200)
  throw new Error(`DEMO_SIMULATOR_INTERVAL_MS must be at least 200, not ${env.DEMO_SIMULATOR_INTERVAL_MS}`);

const simulator = new Simulator({ api: gatewayApi(url), tokens: new Tokens(env) });
let running = true;
const stop = () => {
  running = false;
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
if (env.HALL_WATCH_STDIN === '1') {
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

console.log(`the demo simulator acts every ${interval / 1000} s through ${url} (DEMO_SIMULATOR=0 turns it off)`);
let failures = 0;
while (running) {
  const started = Date.now();
  try {
    const outcome = await simulator.tick();
    failures = 0;
    if (outcome.done) console.log(outcome.done);
    else if (outcome.refused) console.log(`${outcome.action}: refused (${outcome.refused}), carrying on`);
  } catch (error) {
    // The gateway restarting or gone for a moment: wait longer, say so once in a while.
    failures += 1;
    if (failures === 1 || failures % 20 === 0)
      console.log(`the gateway did not answer (${error instanceof Error ? error.message : String(error)}); retrying`);
  }
  const pause = Math.max(0, interval * Math.min(failures + 1, 10) - (Date.now() - started));
  await new Promise((resolve) => setTimeout(resolve, pause));
}
