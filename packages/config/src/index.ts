// @impress-norway/config: the environment settings every process shares, as zod fragments (internal).

export {
  checkEnv,
  commonEnv,
  describeIssues,
  type EnvProblem,
  LANGUAGES,
  LOG_LEVELS,
  type LogLevel,
  optionalPort,
  optionalText,
  optionalUrl,
  wholeNumber,
} from './fragments';
