import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { addPersonalRule, DEFAULT_PREFERENCES, KINDS } from '../../../src/coach';
import { translator } from '../../../src/i18n';
import { ChatSettings, type ChatSettingsProps } from '../../../src/ui/options/ChatSettings';

function renderChat(overrides: Partial<ChatSettingsProps> = {}) {
  const props: ChatSettingsProps = {
    t: translator('en'),
    builtInSites: ['Slack', 'Discord'],
    sites: { disabled: [], enabled: [] },
    preferences: DEFAULT_PREFERENCES,
    kinds: KINDS,
    onSiteBackOn: vi.fn(),
    onSiteOff: vi.fn(),
    onKindChange: vi.fn(),
    onSuggestAgain: vi.fn(),
    onAddRule: vi.fn(async () => null),
    onRemoveRule: vi.fn(),
    ...overrides,
  };
  render(<ChatSettings {...props} />);
  return props;
}

describe('ChatSettings', () => {
  it('turns a kind of phrase off', () => {
    const props = renderChat();
    fireEvent.click(screen.getByLabelText('Advice nobody asked for'));
    expect(props.onKindChange).toHaveBeenCalledWith('advice', false);
  });

  it('lists silenced phrases and offers to suggest them again', () => {
    const props = renderChat({ preferences: { ...DEFAULT_PREFERENCES, silenced: ['vague-offer:just say the word'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Suggest “just say the word” again' }));
    expect(props.onSuggestAgain).toHaveBeenCalledWith('vague-offer:just say the word');
  });

  it('explains why a personal phrase was refused, in Dutch too', async () => {
    renderChat({
      t: translator('nl'),
      onAddRule: async (phrase, suggestions) => {
        const result = addPersonalRule(DEFAULT_PREFERENCES, { phrase, suggestions });
        return result.ok ? null : result.problem;
      },
    });
    fireEvent.input(screen.getByLabelText('Als ik schrijf'), { target: { value: 'geen zorgen' } });
    const form = screen.getByRole('button', { name: 'Zin toevoegen' }).closest('form');
    if (form) fireEvent.submit(form);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Deze zin kon niet worden toegevoegd: schrijf minstens één suggestie',
      ),
    );
  });

  it('turns Echt back on for a site the user had turned off', () => {
    const props = renderChat({ sites: { disabled: ['app.slack.com'], enabled: [] } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on for app.slack.com' }));
    expect(props.onSiteBackOn).toHaveBeenCalledWith('app.slack.com');
  });
});
