/**
 * The fleet of the fleet tests: a server in its own process standing in for Clerk's rate limit
 * (fleet-server.mjs), and 8 worker processes (fleet-worker.mjs) that send 1,000
 * GET /v1/users/{id} in all, each id once, through the built package.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WORKERS = 8;
export const REQUESTS = 1000;
export const LIMIT = 100;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface Outcome {
  id: string;
  ok: boolean;
  error?: string;
}
export interface Stats {
  /** Requests answered (not 429), by user id. */
  hits: Record<string, number>;
  rejected: number;
  /** When each answered request arrived (performance.now() of the server). */
  arrivals: number[];
}

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    if (message) child.send(message);
  });
}

export interface FleetServer {
  readonly url: string;
  stats(): Promise<Stats>;
  /** Forgets every count and arrival. */
  reset(): Promise<void>;
  kill(): void;
}

/** The server, accepting at most LIMIT requests in any span of `windowMs` per instance. */
export async function startFleetServer(windowMs: number): Promise<FleetServer> {
  const child = fork(here('./fleet-server.mjs'), {
    env: { ...process.env, LIMIT: String(LIMIT), WINDOW_MS: String(windowMs) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await ask<{ port: number }>(child);
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => ask<Stats>(child, 'stats'),
    reset: () => ask<void>(child, 'reset'),
    kill: () => void child.kill(),
  };
}

/**
 * Runs the fleet against `server` (reset first), with a redisRateLimiter of LIMIT per `windowMs`
 * on `redisUrl`, or no limiter; `during` runs once the workers have started. Resolves with every
 * call's outcome.
 */
export async function runFleet(server: FleetServer, windowMs: number, redisUrl: string | undefined, during?: () => Promise<void>): Promise<Outcome[]> {
  await server.reset();
  const share = REQUESTS / WORKERS;
  const workers = Array.from({ length: WORKERS }, (_, index) =>
    fork(here('./fleet-worker.mjs'), {
      env: {
        ...process.env,
        API_URL: server.url,
        REDIS_URL: redisUrl ?? '',
        FIRST: String(index * share),
        COUNT: String(share),
        LIMIT: String(LIMIT),
        WINDOW_SECONDS: String(windowMs / 1000),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const results = Promise.all(workers.map((worker) => ask<Outcome[]>(worker)));
  await during?.();
  return (await results).flat();
}

/**
 * The share of the budget used: the most a server allowing LIMIT per `windowMs` can take between
 * the first arrival and the last (T ms apart) is LIMIT * (T / windowMs + 1).
 */
export function budgetUsed(stats: Stats, windowMs: number): { used: number; spanMs: number } {
  const spanMs = Math.max(...stats.arrivals) - Math.min(...stats.arrivals);
  return { used: stats.arrivals.length / (LIMIT * (spanMs / windowMs + 1)), spanMs };
}
