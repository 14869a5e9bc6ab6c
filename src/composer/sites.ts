// Where the chat chip runs by default. Hosts are data; each was last checked on the
// date beside it. Self-hosted installs are enabled per site from the popup instead.
export interface ChatSite {
  name: string;
  matches: readonly string[];
  /** When these patterns were last seen serving the app's composer. */
  checked: string;
}

export const CHAT_SITES: readonly ChatSite[] = [
  { name: 'Slack', matches: ['https://app.slack.com/*'], checked: '2026-11-21' },
  {
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    checked: '2026-11-21',
  },
  {
    name: 'Google Chat',
    matches: ['https://chat.google.com/*', 'https://mail.google.com/chat/*'],
    checked: '2026-11-21',
  },
  { name: 'Discord', matches: ['https://discord.com/*'], checked: '2026-11-21' },
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'], checked: '2026-11-21' },
  { name: 'Mattermost Cloud', matches: ['https://*.cloud.mattermost.com/*'], checked: '2026-11-21' },
  { name: 'Rocket.Chat Cloud', matches: ['https://*.rocket.chat/*'], checked: '2026-11-21' },
  { name: 'Zulip Cloud', matches: ['https://*.zulipchat.com/*'], checked: '2026-11-21' },
  { name: 'Element', matches: ['https://app.element.io/*'], checked: '2026-11-21' },
];

export const CHAT_MATCHES: readonly string[] = CHAT_SITES.flatMap((site) => site.matches);
