// @impress-norway/server: the one-process start (internal).
export { type ServerApp, startServer } from './app';
export { loadDotEnv, readServerConfig, type ServerConfig, ServerConfigError } from './config';
export { createHttpServer, MAX_BODY_BYTES } from './http';
export { createLogger, REDACT_PATHS, scrub } from './logger';
export { createMetrics, type Metrics } from './metrics';
