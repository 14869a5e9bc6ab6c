import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SiteStatus } from '../../../src/chip/sites';
import { translator } from '../../../src/i18n';
import { SiteToggle } from '../../../src/ui/popup/SiteToggle';

function status(host: string | null, enabled: boolean): SiteStatus {
  return { host, builtIn: host === 'app.slack.com', enabled, permission: null, granted: true };
}

describe('SiteToggle', () => {
  it('shows nothing where Echt cannot run, or before the status is known', () => {
    render(<SiteToggle t={translator('en')} status={status(null, false)} onToggle={() => {}} />);
    render(<SiteToggle t={translator('en')} status={null} onToggle={() => {}} />);
    expect(document.body.textContent).toBe('');
  });

  it('turns Echt off on a site where it runs, and on where it does not', () => {
    const onToggle = vi.fn();
    render(<SiteToggle t={translator('en')} status={status('app.slack.com', true)} onToggle={onToggle} />);
    expect(screen.getByText('app.slack.com')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(onToggle).toHaveBeenCalledWith(false);
    document.body.innerHTML = '';
    render(<SiteToggle t={translator('nl')} status={status('chat.example.org', false)} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Echt gebruiken op deze site' }));
    expect(onToggle).toHaveBeenLastCalledWith(true);
  });
});
