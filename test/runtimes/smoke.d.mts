// Types of smoke.mjs for the TypeScript that imports it (runtimes.test.ts); the runtimes load the .mjs.

export interface SmokeConfig {
  apiUrl: string;
  secretKey: string;
  environment: 'set' | 'unset' | 'refused';
  fixtures: Record<string, unknown>;
}

export interface SmokeCheck {
  name: string;
  run(context: unknown): Promise<void>;
}

export interface SmokeResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export declare const checks: readonly SmokeCheck[];
export declare function runSmoke(lib: Record<string, unknown>, config: SmokeConfig): Promise<SmokeResult[]>;
export declare const RESULTS_MARKER: string;
