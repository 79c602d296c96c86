import { Logger as WorkerLogger, makeWorkerUtils, run, runMigrations, type LogLevel, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from '../logger';

/** What a task does with its payload; it must be idempotent (a job may run again after a crash). */
export type JobTask = (payload: unknown) => Promise<void>;

/**
 * A subgraph's job queue (graphile-worker on its own PostgreSQL schema, ADR 0010's two roles): the owner installs the
 * queue's tables at migrate time, the app role runs the worker and adds jobs.
 */
export interface JobQueueSpec {
  /** The queue's own schema, e.g. `cases_jobs`. */
  schema: string;
  /** graphile-worker crontab lines (`* * * * * sweep`), run by whichever worker takes them: once per minute in all. */
  crontab?: string;
  tasks: Readonly<Record<string, JobTask>>;
}

function workerLogger(logger: Logger): WorkerLogger {
  const levels: Record<LogLevel, 'error' | 'warn' | 'info' | 'debug'> = { error: 'error', warning: 'warn', info: 'info', debug: 'debug' };
  return new WorkerLogger((scope) => (level, message, meta) => {
    logger[levels[level]]({ jobs: scope.label ?? 'worker', ...(meta ?? {}) }, message);
  });
}

/**
 * Installs (or brings up to date) the queue's schema, connected as the service's owner role. graphile-worker enables
 * row-level security on its tables without any policy, so a role that does not own them would see no job: the owner
 * turns it off (the app role reaches the tables through its default privileges only, as it does the service's own).
 */
export async function installJobQueue(pool: pg.Pool, schema: string, logger: Logger): Promise<void> {
  await runMigrations({ pgPool: pool, schema, logger: workerLogger(logger) });
  const { rows } = await pool.query<{ statement: string }>(
    `SELECT format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY', n.nspname, c.relname) AS statement
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relrowsecurity`,
    [schema],
  );
  for (const { statement } of rows) await pool.query(statement);
}

export interface JobWorker {
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>;
}

/** Starts a worker on the service's pool (the app role); signals are the process's (closeOnSignals), not the worker's. */
export async function startJobWorker(pool: pg.Pool, spec: JobQueueSpec, logger: Logger, options: { pollIntervalMs?: number } = {}): Promise<JobWorker> {
  const taskList: TaskList = Object.fromEntries(Object.entries(spec.tasks).map(([name, task]) => [name, (payload: unknown) => task(payload)]));
  const runner: Runner = await run({
    pgPool: pool,
    schema: spec.schema,
    taskList,
    ...(spec.crontab ? { crontab: spec.crontab } : {}),
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: options.pollIntervalMs ?? 2000,
    logger: workerLogger(logger),
  });
  return { stop: () => runner.stop() };
}

/** Queues a job; with a `jobKey`, a job of that key still waiting is replaced rather than doubled. */
export async function addJob(pool: pg.Pool, schema: string, task: string, payload: object = {}, options: { jobKey?: string } = {}): Promise<void> {
  const utils = await makeWorkerUtils({ pgPool: pool, schema });
  try {
    await utils.addJob(task, payload, options.jobKey ? { jobKey: options.jobKey } : {});
  } finally {
    await utils.release();
  }
}
