import type { Lang } from '@impress-norway/core';
import { buildReply } from './build-reply';
import type { SubscriptionOutcome, SubscriptionView } from './handlers/subscriptions';
import type { Reply } from './reply';
import { STRINGS } from './strings';

function describe(s: SubscriptionView, lang: Lang): string {
  const state = s.active ? '' : ` (${STRINGS.paused[lang]}${s.inactiveReason ? `: ${s.inactiveReason}` : ''})`;
  return `${s.topics.join(', ')} · ${STRINGS.languageNames[lang][s.lang]}${state}`;
}

/** The reply that tells the user what happened to a subscription request. */
export function subscriptionReply(outcome: SubscriptionOutcome, lang: Lang): Reply {
  const title = STRINGS.announcementsTitle[lang];
  const base = { lang, title, sources: [] };
  switch (outcome.action) {
    case 'subscribe': {
      const s = outcome.subscription;
      const text = STRINGS.subscribed[lang](s.topics.join(', '), STRINGS.languageNames[lang][s.lang]);
      return buildReply({ ...base, kind: 'info', sections: [{ text }] });
    }
    case 'unsubscribe':
      return buildReply({
        ...base,
        kind: 'info',
        sections: [{ text: outcome.removed ? STRINGS.removed[lang] : STRINGS.none[lang] }],
      });
    case 'list':
      return buildReply({
        ...base,
        kind: 'info',
        sections: outcome.subscriptions.length
          ? [{ items: outcome.subscriptions.map((s) => ({ title: `#${s.channelId}`, text: describe(s, lang) })) }]
          : [{ text: STRINGS.empty[lang] }],
      });
    case 'denied': {
      const key =
        ({ 'not-in-channel': 'notInChannel', 'admins-only': 'adminsOnly' } as const)[
          outcome.reason as 'not-in-channel' | 'admins-only'
        ] ?? (outcome.reason as 'permission' | 'guest' | 'unavailable');
      return buildReply({ ...base, kind: 'error', sections: [{ text: STRINGS[key][lang] }] });
    }
  }
}
