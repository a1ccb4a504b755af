import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps';
import { registerActions } from './actions';
import { registerCommand } from './command';
import { registerHome } from './home';

/** Registers every listener of the app. */
export function registerListeners(app: App, deps: SlackDeps & { ackBudgetMs?: number }): void {
  registerCommand(app, deps);
  registerActions(app, deps);
  registerHome(app, deps);
}
