import type { Lang } from '@impress-norway/core';
import { buildReply } from './build-reply';
import type { SubscriptionOutcome, SubscriptionView } from './handlers/subscriptions';
import type { Reply } from './reply';

const TEXT = {
  subscribed: {
    en: (topics: string, lang: string) =>
      `This channel will get IMPRESS-Norway updates (${topics}) in ${lang}, starting now. Earlier updates are not posted.`,
    nb: (topics: string, lang: string) =>
      `Denne kanalen får oppdateringer fra IMPRESS-Norway (${topics}) på ${lang}, fra nå av. Eldre oppdateringer publiseres ikke.`,
  },
  languages: { en: { en: 'English', nb: 'Norwegian' }, nb: { en: 'engelsk', nb: 'norsk' } },
  removed: { en: 'Announcements in this channel have stopped.', nb: 'Kunngjøringer i denne kanalen er stoppet.' },
  none: { en: 'This channel had no subscription.', nb: 'Denne kanalen hadde ikke noe abonnement.' },
  empty: {
    en: 'No channel here is subscribed yet. Use /impress subscribe in a channel.',
    nb: 'Ingen kanaler her abonnerer ennå. Bruk /impress abonner i en kanal.',
  },
  permission: {
    en: 'Changing the language or announcements here needs the Manage Channels permission.',
    nb: 'For å endre språk eller kunngjøringer her trengs tillatelsen Administrer kanaler.',
  },
  guest: {
    en: 'Guests cannot change announcements or the language of a channel. Ask a member of the workspace.',
    nb: 'Gjester kan ikke endre kunngjøringer eller språket i en kanal. Spør et medlem av arbeidsområdet.',
  },
  adminsOnly: {
    en: 'In this workspace only admins and owners can change announcements or the language of a channel.',
    nb: 'I dette arbeidsområdet kan bare administratorer og eiere endre kunngjøringer eller språket i en kanal.',
  },
  notInChannel: {
    en: 'I cannot post in this channel. Invite me first (for example with /invite @IMPRESS-Norway), then subscribe again.',
    nb: 'Jeg kan ikke skrive i denne kanalen. Inviter meg først (for eksempel med /invite @IMPRESS-Norway), og abonner så på nytt.',
  },
  unavailable: {
    en: 'Announcements are not set up on this installation (no database).',
    nb: 'Kunngjøringer er ikke satt opp på denne installasjonen (ingen database).',
  },
  paused: { en: 'paused', nb: 'stanset' },
};

function describe(s: SubscriptionView, lang: Lang): string {
  const state = s.active ? '' : ` (${TEXT.paused[lang]}${s.inactiveReason ? `: ${s.inactiveReason}` : ''})`;
  return `${s.topics.join(', ')} · ${TEXT.languages[lang][s.lang]}${state}`;
}

/** The reply that tells the user what happened to a subscription request. */
export function subscriptionReply(outcome: SubscriptionOutcome, lang: Lang): Reply {
  const title = lang === 'en' ? 'Announcements' : 'Kunngjøringer';
  const base = { lang, title, sources: [] };
  switch (outcome.action) {
    case 'subscribe': {
      const s = outcome.subscription;
      const text = TEXT.subscribed[lang](s.topics.join(', '), TEXT.languages[lang][s.lang]);
      return buildReply({ ...base, kind: 'info', sections: [{ text }] });
    }
    case 'unsubscribe':
      return buildReply({
        ...base,
        kind: 'info',
        sections: [{ text: outcome.removed ? TEXT.removed[lang] : TEXT.none[lang] }],
      });
    case 'list':
      return buildReply({
        ...base,
        kind: 'info',
        sections: outcome.subscriptions.length
          ? [{ items: outcome.subscriptions.map((s) => ({ title: `#${s.channelId}`, text: describe(s, lang) })) }]
          : [{ text: TEXT.empty[lang] }],
      });
    case 'denied': {
      const key =
        ({ 'not-in-channel': 'notInChannel', 'admins-only': 'adminsOnly' } as const)[
          outcome.reason as 'not-in-channel' | 'admins-only'
        ] ?? (outcome.reason as 'permission' | 'guest' | 'unavailable');
      return buildReply({ ...base, kind: 'error', sections: [{ text: TEXT[key][lang] }] });
    }
  }
}
