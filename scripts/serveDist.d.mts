/**
 * Serves `dir` on 127.0.0.1 (port 0 picks a free port). `gzip: true` gzips text responses for clients that
 * accept gzip, as a static host would; off by default.
 */
export declare function serveDist(
  dir: string,
  port?: number,
  options?: { gzip?: boolean },
): Promise<{ url: string; close: () => Promise<void> }>;
