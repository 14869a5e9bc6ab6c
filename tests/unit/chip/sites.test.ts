// Where the chip runs: match patterns, the user's choices per site, and their repair.
import { describe, expect, it } from 'vitest';
import { CHAT_MATCHES, frameEnabled, siteEnabled, siteOf } from '../../../src/chip/sites';
import { matchesPattern, originPattern, patternOrigin } from '../../../src/platform/match-patterns';
import { NO_SITE_CHANGES, repairChatSites } from '../../../src/settings/chat';

describe('matchesPattern', () => {
  it('matches the way the browser matches content scripts', () => {
    expect(matchesPattern('https://app.slack.com/client/T1/C2', 'https://app.slack.com/*')).toBe(true);
    expect(matchesPattern('https://acme.rocket.chat/home', 'https://*.rocket.chat/*')).toBe(true);
    expect(matchesPattern('https://rocket.chat/', 'https://*.rocket.chat/*')).toBe(true);
    expect(matchesPattern('https://evilrocket.chat/', 'https://*.rocket.chat/*')).toBe(false);
    expect(matchesPattern('https://mail.google.com/chat/u/0/', 'https://mail.google.com/chat/*')).toBe(true);
    expect(matchesPattern('https://mail.google.com/mail/u/0/', 'https://mail.google.com/chat/*')).toBe(false);
    expect(matchesPattern('http://app.slack.com/', 'https://app.slack.com/*')).toBe(false);
    // Patterns without a port match every port, like the test pages on 127.0.0.1.
    expect(matchesPattern('http://127.0.0.1:41234/editors/quill.html', 'http://127.0.0.1/*')).toBe(true);
    expect(matchesPattern('http://example.org/', '*://example.org/*')).toBe(true);
    expect(matchesPattern('chrome://settings/', '<all_urls>')).toBe(false);
    expect(matchesPattern('not a url', '<all_urls>')).toBe(false);
  });

  it('covers every built-in chat site with its own patterns', () => {
    expect(CHAT_MATCHES.every((pattern) => /^https:\/\/[^/]+\/.*\*$/.test(pattern))).toBe(true);
  });
});

describe('siteOf and the patterns of a site', () => {
  it('names http(s) pages by host and port-less origin', () => {
    expect(siteOf('https://Chat.Example.org:8065/team/channels/town')).toEqual({
      host: 'chat.example.org',
      origin: 'https://chat.example.org',
    });
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('file:///home/me/chat.html')).toBeNull();
  });

  it('turns an origin into its pattern and back', () => {
    expect(originPattern('https://chat.example.org')).toBe('https://chat.example.org/*');
    expect(patternOrigin('https://chat.example.org/*')).toBe('https://chat.example.org');
    expect(patternOrigin('https://*/*')).toBeNull();
  });
});

describe('siteEnabled', () => {
  const builtIn = ['https://app.slack.com/*'];

  it('runs on built-in sites unless turned off, and on sites the user turned on', () => {
    expect(siteEnabled('https://app.slack.com/client', NO_SITE_CHANGES, builtIn)).toBe(true);
    expect(siteEnabled('https://app.slack.com/client', { disabled: ['app.slack.com'], enabled: [] }, builtIn)).toBe(
      false,
    );
    expect(siteEnabled('https://chat.example.org/x', NO_SITE_CHANGES, builtIn)).toBe(false);
    const mine = { disabled: [], enabled: ['https://chat.example.org'] };
    expect(siteEnabled('https://chat.example.org:8065/x', mine, builtIn)).toBe(true);
    // Turned on for https only: the permission was asked for that scheme.
    expect(siteEnabled('http://chat.example.org/x', mine, builtIn)).toBe(false);
  });
});

describe('frameEnabled', () => {
  const builtIn = ['https://app.slack.com/*', 'https://mail.google.com/chat/*'];
  const SLACK = 'https://app.slack.com/client/T1/C2';

  it('runs in every frame of a chat page that has the script: its own, a widget of another origin, a written one', () => {
    expect(frameEnabled({ top: SLACK, url: SLACK, origin: 'https://app.slack.com' }, NO_SITE_CHANGES, builtIn)).toBe(
      true,
    );
    const widget = { top: SLACK, url: 'https://files.slack-edge.com/editor', origin: 'https://files.slack-edge.com' };
    expect(frameEnabled(widget, NO_SITE_CHANGES, builtIn)).toBe(true);
    expect(
      frameEnabled({ top: SLACK, url: 'about:srcdoc', origin: 'https://app.slack.com' }, NO_SITE_CHANGES, builtIn),
    ).toBe(true);
  });

  it('runs in a frame that is a chat site itself, inside a page that is not (Google Chat inside Gmail)', () => {
    const chat = { top: 'https://mail.google.com/mail/u/0/', url: 'https://mail.google.com/chat/u/0/frame' };
    expect(frameEnabled(chat, NO_SITE_CHANGES, builtIn)).toBe(true);
    // The same, where the browser does not tell Echt the tab's address.
    expect(frameEnabled({ url: chat.url }, NO_SITE_CHANGES, builtIn)).toBe(true);
    // A written frame in Gmail's mail page is in no chat site.
    const written = {
      top: 'https://mail.google.com/mail/u/0/',
      url: 'about:srcdoc',
      origin: 'https://mail.google.com',
    };
    expect(frameEnabled(written, NO_SITE_CHANGES, builtIn)).toBe(false);
  });

  it("goes by the browser's addresses only: a frame of another site is not a chat site", () => {
    expect(
      frameEnabled({ top: 'https://evil.example/', url: 'https://evil.example/x' }, NO_SITE_CHANGES, builtIn),
    ).toBe(false);
    expect(
      frameEnabled({ top: 'https://evil.example/', url: 'about:srcdoc', origin: 'null' }, NO_SITE_CHANGES, builtIn),
    ).toBe(false);
    expect(frameEnabled({}, NO_SITE_CHANGES, builtIn)).toBe(false);
  });

  it('runs nowhere in a page, nor in a frame, whose site the user turned off', () => {
    const off = { disabled: ['app.slack.com'], enabled: [] };
    expect(frameEnabled({ top: SLACK, url: 'about:srcdoc', origin: 'https://app.slack.com' }, off, builtIn)).toBe(
      false,
    );
    expect(frameEnabled({ top: SLACK, url: 'https://chat.example.org/x' }, off, builtIn)).toBe(false);
    expect(frameEnabled({ top: 'https://news.example/', url: SLACK }, off, builtIn)).toBe(false);
  });
});

describe('repairChatSites', () => {
  it('keeps what is usable, field by field', () => {
    expect(
      repairChatSites({
        disabled: ['App.Slack.com', 'app.slack.com', 42, 'not a host!', '[::1]'],
        enabled: ['https://chat.example.org', 'javascript:alert(1)', 'https://x.org/path', 'http://10.0.0.2'],
      }),
    ).toEqual({ disabled: ['app.slack.com', '[::1]'], enabled: ['https://chat.example.org', 'http://10.0.0.2'] });
    expect(repairChatSites({ disabled: 'app.slack.com' })).toEqual(NO_SITE_CHANGES);
    expect(repairChatSites(null)).toEqual(NO_SITE_CHANGES);
    expect(repairChatSites(repairChatSites({ disabled: ['a.b'], enabled: [] }))).toEqual({
      disabled: ['a.b'],
      enabled: [],
    });
  });
});
