/** A GraphQL request the benchmark sends again and again. */
export interface Request {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token: string;
}

export interface LatencyFigures {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ThroughputFigures extends LatencyFigures {
  connections: number;
  seconds: number;
  /** Answered requests per second. */
  rps: number;
  errors: number;
}

/** The value below which `fraction` of the samples fall (nearest rank), in the samples' unit. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function latencyFigures(samples: readonly number[]): LatencyFigures {
  return {
    requests: samples.length,
    p50: round(percentile(samples, 0.5)),
    p95: round(percentile(samples, 0.95)),
    max: round(Math.max(...samples)),
  };
}

/** A request, or a piece of work made of several (a client doing a gateway's job by hand). */
export type Operation = Request | (() => Promise<unknown>);

function perform(operation: Operation): Promise<unknown> {
  return typeof operation === 'function' ? operation() : send(operation);
}

/** Sends one request; throws when the answer is not a GraphQL success (errors or no data). */
export async function send(request: Request): Promise<unknown> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${response.status}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

/** One request at a time: the latency a single user sees. `next` gives each iteration its request. */
export async function measureLatency(
  next: (iteration: number) => Operation,
  options: { warmup: number; iterations: number },
): Promise<LatencyFigures> {
  for (let i = 0; i < options.warmup; i++) await perform(next(i));
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await perform(next(options.warmup + i));
    samples.push(performance.now() - started);
  }
  return latencyFigures(samples);
}

/** `connections` clients sending back to back for `seconds`: how many answers a second, at what latency. */
export async function measureThroughput(
  next: (iteration: number) => Operation,
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<ThroughputFigures> {
  let iteration = 0;
  const run = async (seconds: number, record: boolean) => {
    const samples: number[] = [];
    let errors = 0;
    const deadline = performance.now() + seconds * 1000;
    const client = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await perform(next(iteration++));
          if (record) samples.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: options.connections }, client));
    return { samples, errors, elapsed: (performance.now() - started) / 1000 };
  };
  await run(options.warmupSeconds, false);
  const { samples, errors, elapsed } = await run(options.seconds, true);
  return {
    ...latencyFigures(samples),
    connections: options.connections,
    seconds: round(elapsed),
    rps: round(samples.length / elapsed),
    errors,
  };
}
