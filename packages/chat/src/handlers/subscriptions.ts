import { type Lang, UPDATE_TOPICS, type UpdateTopic } from '@impress-norway/core';
import { buildReply, errorReply } from '../build-reply';
import type { Reply } from '../reply';
import { STRINGS } from '../strings';
import type { HandlerInput } from './context';

/** Norwegian names of the update topics, accepted as typed. */
const TOPIC_NB: Record<UpdateTopic, string> = {
  news: 'nyheter',
  'cohorts-partners': 'kohorter-partnere',
  results: 'resultater',
  funding: 'finansiering',
  registry: 'register',
};

/** A channel subscription as the platform adapter reports it back. */
export interface SubscriptionView {
  channelId: string;
  lang: Lang;
  topics: readonly UpdateTopic[];
  active: boolean;
  inactiveReason?: string;
}

/** What the platform did with a subscription request, to be shown to the user. */
export type SubscriptionOutcome =
  | { action: 'subscribe'; subscription: SubscriptionView }
  | { action: 'unsubscribe'; removed: boolean }
  | { action: 'list'; subscriptions: SubscriptionView[] }
  | { action: 'denied'; reason: 'permission' | 'guest' | 'admins-only' | 'not-in-channel' | 'unavailable' };

function topicOf(word: string): UpdateTopic | undefined {
  const w = word.toLowerCase();
  return UPDATE_TOPICS.find((t) => t === w || TOPIC_NB[t] === w);
}

/**
 * Topic names in English or Norwegian (`news`, `nyheter` ...), deduplicated; none means every topic.
 * Returns the first word that is no topic instead, so callers can say which one was wrong.
 */
export function parseTopics(words: readonly string[]): { topics: UpdateTopic[] } | { unknown: string } {
  const topics: UpdateTopic[] = [];
  for (const word of words.map((w) => w.trim()).filter(Boolean)) {
    const topic = topicOf(word);
    if (!topic) return { unknown: word };
    if (!topics.includes(topic)) topics.push(topic);
  }
  return { topics: topics.length ? topics : [...UPDATE_TOPICS] };
}

/** The topic names a user can type, in their language. */
function topicNames(topics: readonly UpdateTopic[], lang: Lang): string {
  return topics.map((t) => ({ en: t, nb: TOPIC_NB[t] })[lang]).join(', ');
}

/** `subscribe [topics] [nb|en]`: asks the platform to subscribe this channel. */
export function subscribeReply({ lang, query }: HandlerInput): Reply {
  const words = query.split(/[\s,]+/).filter(Boolean);
  const langWord = words.find((w) => w.toLowerCase() === 'nb' || w.toLowerCase() === 'en');
  const parsed = parseTopics(words.filter((w) => w !== langWord));
  if ('unknown' in parsed) return unknownTopic(lang, parsed.unknown);
  const channelLang: Lang = langWord ? (langWord.toLowerCase() as Lang) : lang;
  return buildReply({
    lang,
    kind: 'info',
    title: STRINGS.subscribingTitle[lang],
    sections: [{ text: topicNames(parsed.topics, lang) }],
    sources: [],
    effect: { type: 'subscriptions', action: 'subscribe', topics: parsed.topics, lang: channelLang },
  });
}

function unknownTopic(lang: Lang, word: string): Reply {
  const names = topicNames(UPDATE_TOPICS, lang);
  const shown = word.slice(0, 40);
  return errorReply(lang, STRINGS.unknownTopicTitle, {
    en: STRINGS.unknownTopic.en(shown, names),
    nb: STRINGS.unknownTopic.nb(shown, names),
  });
}

/** `unsubscribe`: asks the platform to stop announcements in this channel. */
export function unsubscribeReply({ lang }: HandlerInput): Reply {
  return buildReply({
    lang,
    kind: 'info',
    title: STRINGS.unsubscribingTitle[lang],
    sections: [],
    sources: [],
    effect: { type: 'subscriptions', action: 'unsubscribe' },
  });
}

/** `subscriptions`: asks the platform to list this workspace's or server's subscriptions. */
export function listSubscriptionsReply({ lang }: HandlerInput): Reply {
  return buildReply({
    lang,
    kind: 'info',
    title: STRINGS.subscriptionsTitle[lang],
    sections: [],
    sources: [],
    effect: { type: 'subscriptions', action: 'list' },
  });
}
