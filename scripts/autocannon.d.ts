// The few parts of autocannon 8's programmatic API that scripts/bench-load.ts uses (it ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  interface RequestOptions {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: RequestOptions) => RequestOptions;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: RequestOptions[];
    timeout?: number;
  }

  interface Result {
    requests: { average: number; total: number };
    latency: { average: number; p50: number; p99: number; max: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    duration: number;
  }

  interface Instance extends EventEmitter {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  function autocannon(options: Options): Instance & PromiseLike<Result>;
  export default autocannon;
  export type { Options, Result, Instance };
}
