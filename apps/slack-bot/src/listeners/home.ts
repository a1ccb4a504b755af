import type { App } from '@slack/bolt';
import { languageFor, type SlackDeps } from '../deps';
import { homeView } from '../render/home';

/** App Home: publish the home view whenever a user opens the tab. */
export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, context, logger }) => {
    if (event.tab !== 'home') return;
    try {
      const lang = await languageFor(deps, context.teamId);
      await client.views.publish({ user_id: event.user, view: homeView(lang) });
    } catch (error) {
      logger.error(`impress home failed: ${(error as Error).message}`);
    }
  });
}
