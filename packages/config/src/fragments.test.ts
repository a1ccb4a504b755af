import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { commonEnv, describeIssues, optionalPort, optionalUrl, wholeNumber } from './fragments';

describe('commonEnv', () => {
  it('gives defaults for unset and empty settings, and trims', () => {
    expect(commonEnv.parse({})).toEqual({ LOG_LEVEL: 'info', IMPRESS_DEFAULT_LANG: 'nb' });
    expect(commonEnv.parse({ LOG_LEVEL: ' ', DATABASE_URL: ' ./x.db ', IMPRESS_DEFAULT_LANG: 'en' })).toEqual({
      LOG_LEVEL: 'info',
      DATABASE_URL: './x.db',
      IMPRESS_DEFAULT_LANG: 'en',
    });
  });

  it('refuses a log level no bot SDK knows, naming the setting', () => {
    const parsed = commonEnv.safeParse({ LOG_LEVEL: 'trace' });
    expect(parsed.success).toBe(false);
    expect(describeIssues((parsed as { error: z.ZodError }).error)).toBe(
      '  LOG_LEVEL: must be debug, info, warn or error',
    );
  });

  it('extends into an app schema that keeps the shared parse', () => {
    const app = commonEnv.extend({ PORT: optionalPort, API: optionalUrl, LIMIT: wholeNumber(20, 1, 100) });
    expect(app.parse({ PORT: '8080', LIMIT: '5' })).toMatchObject({ PORT: 8080, LIMIT: 5, LOG_LEVEL: 'info' });
    expect(app.parse({})).toMatchObject({ LIMIT: 20 });
    for (const bad of [{ PORT: '70000' }, { PORT: 'http' }, { API: 'ftp://x' }, { LIMIT: '0' }, { LIMIT: '2.5' }])
      expect(app.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
