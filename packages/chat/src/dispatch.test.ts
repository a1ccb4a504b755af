import type { Lang } from '@impress-norway/core';
import { describe, expect, it } from 'vitest';
import { type DispatchPorts, dispatch, type PermissionVerdict, type SubscriptionRequest } from './dispatch';
import { RateLimiter } from './rate-limit';

/** Ports over plain memory, recording what dispatch asked the platform to do. */
function memoryPorts(verdict: PermissionVerdict = 'ok', overrides: Partial<DispatchPorts> = {}) {
  const state = {
    lang: 'en' as Lang,
    stored: [] as Lang[],
    requests: [] as SubscriptionRequest[],
    kinds: [] as string[],
  };
  const ports: DispatchPorts = {
    defaultLang: 'nb',
    settings: {
      language: async () => state.lang,
      setLanguage: async (lang) => {
        state.stored.push(lang);
        state.lang = lang;
      },
    },
    permissions: { mayChangeChannel: async () => verdict },
    subscriptions: {
      apply: async (request) => {
        state.requests.push(request);
        return request.action === 'list'
          ? { action: 'list', subscriptions: [] }
          : { action: 'unsubscribe', removed: true };
      },
    },
    observe: (e) => state.kinds.push(e.kind),
    ...overrides,
  };
  return { state, ports };
}

describe('dispatch', () => {
  it('stores a language only when the platform allows the change, and says why not', async () => {
    const allowed = memoryPorts('ok');
    expect((await dispatch({ text: 'language nb', user: 'u' }, allowed.ports)).title).toMatch(/norsk/);
    expect(allowed.state.stored).toEqual(['nb']);
    const refused = memoryPorts('permission');
    const reply = await dispatch({ text: 'language nb', user: 'u' }, refused.ports);
    expect(refused.state.stored).toEqual([]);
    expect(reply.kind).toBe('error');
    expect(reply.fallback).toContain('Manage Channels');
  });

  it('lets anyone list subscriptions but asks permission to change them', async () => {
    const { state, ports } = memoryPorts('guest');
    await dispatch({ text: 'subscriptions', user: 'u' }, ports);
    const refused = await dispatch({ text: 'unsubscribe', user: 'u' }, ports);
    expect(state.requests).toEqual([{ action: 'list' }]);
    expect(refused.fallback).toMatch(/Guests cannot/);
  });

  it('says announcements are not set up when the platform has no subscriptions port', async () => {
    const { ports } = memoryPorts('ok');
    const { subscriptions: _none, ...without } = ports;
    expect((await dispatch({ text: 'subscribe news', user: 'u' }, without)).fallback).toMatch(/not set up/);
  });

  it('limits per sender, and reports each answer', async () => {
    const { state, ports } = memoryPorts('ok', { rateLimiter: new RateLimiter(1, 60_000) });
    await dispatch({ command: 'help', user: 'a' }, ports);
    const limited = await dispatch({ command: 'help', user: 'a' }, ports);
    await dispatch({ command: 'help', user: 'b' }, ports);
    expect(limited.title).toBe('One moment, please');
    expect(state.kinds).toEqual(['info', 'rate-limited', 'info']);
  });

  it('never throws: a failing port is reported and answered with an apology', async () => {
    const errors: Error[] = [];
    const { ports } = memoryPorts('ok', {
      settings: {
        language: async () => {
          throw new Error('database is gone');
        },
        setLanguage: async () => undefined,
      },
      onError: (e) => errors.push(e),
    });
    const reply = await dispatch({ command: 'help', user: 'u' }, ports);
    expect(errors.map((e) => e.message)).toEqual(['database is gone']);
    expect(reply).toMatchObject({ kind: 'error', lang: 'nb', title: 'Beklager' });
  });
});
