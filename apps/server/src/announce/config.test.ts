import { describe, expect, it } from 'vitest';
import { ServerConfigError } from '../config';
import { readAnnounceConfig, readRegistryConfig } from './config';

describe('registry watch settings', () => {
  it('defaults to NCT04817956 on ClinicalTrials.gov every 6 hours, and IMPRESS_REGISTRY=off turns it off', () => {
    expect(readRegistryConfig({})).toEqual({
      url: 'https://clinicaltrials.gov/api/v2',
      ids: ['NCT04817956'],
      pollSeconds: 21_600,
    });
    expect(readRegistryConfig({ IMPRESS_REGISTRY: 'OFF' })).toBeUndefined();
    expect(readAnnounceConfig({ DATABASE_URL: 'x.db', IMPRESS_REGISTRY: 'off' }).registry).toBeUndefined();
    expect(
      readRegistryConfig({
        IMPRESS_REGISTRY_URL: 'http://127.0.0.1:9/api/v2',
        IMPRESS_REGISTRY_IDS: ' NCT04817956, nct05505825 ,NCT04817956',
        IMPRESS_REGISTRY_POLL_SECONDS: '30',
      }),
    ).toEqual({ url: 'http://127.0.0.1:9/api/v2', ids: ['NCT04817956', 'NCT05505825'], pollSeconds: 30 });
  });

  it('refuses bad values with a message naming the setting', () => {
    const bad: Array<[Record<string, string>, string]> = [
      [{ IMPRESS_REGISTRY_IDS: 'NCT0481795' }, 'IMPRESS_REGISTRY_IDS: "NCT0481795" is not a ClinicalTrials.gov id'],
      [{ IMPRESS_REGISTRY_IDS: 'NCT04817956,EUCT-2020' }, '"EUCT-2020" is not a ClinicalTrials.gov id'],
      [{ IMPRESS_REGISTRY_IDS: ' , ' }, 'IMPRESS_REGISTRY_IDS is empty'],
      [{ IMPRESS_REGISTRY_POLL_SECONDS: '29' }, 'IMPRESS_REGISTRY_POLL_SECONDS must be a whole number from 30'],
      [{ IMPRESS_REGISTRY_POLL_SECONDS: '1h' }, 'got "1h"'],
      [{ IMPRESS_REGISTRY_URL: 'ftp://example.org' }, 'IMPRESS_REGISTRY_URL must be an http(s) URL'],
      [{ IMPRESS_REGISTRY_URL: 'clinicaltrials.gov' }, 'IMPRESS_REGISTRY_URL must be an http(s) URL'],
      [{ IMPRESS_REGISTRY: 'maybe' }, 'IMPRESS_REGISTRY must be on or off'],
    ];
    for (const [env, message] of bad) {
      expect(() => readRegistryConfig(env), JSON.stringify(env)).toThrow(ServerConfigError);
      expect(() => readRegistryConfig(env), JSON.stringify(env)).toThrow(message);
    }
  });
});
