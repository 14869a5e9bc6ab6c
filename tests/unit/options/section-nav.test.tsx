import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { SectionNav } from '../../../src/ui/options/SectionNav';
import { sectionOf } from '../../../src/ui/options/sections';

describe('SectionNav', () => {
  it('links to every section of the page, in English and Dutch, and to the welcome page', () => {
    const { unmount } = render(<SectionNav t={translator('en')} current="language" />);
    const nav = screen.getByRole('navigation', { name: 'Sections of the settings' });
    const links = [...nav.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Language', '#language'],
      ['You', '#you'],
      ['Calendars', '#calendars'],
      ['Reminders', '#reminders'],
      ['Chat', '#chat'],
      ['People', '#people'],
      ['Your data', '#data'],
      ['Set up again with the welcome page', '/welcome.html'],
    ]);
    unmount();
    render(<SectionNav t={translator('nl')} current="people" />);
    expect(screen.getByRole('link', { name: "Agenda's" }).getAttribute('href')).toBe('#calendars');
  });

  it('marks the section in view, and names it on the menu button', () => {
    render(<SectionNav t={translator('en')} current="calendars" />);
    expect(screen.getByRole('link', { name: 'Calendars' }).getAttribute('aria-current')).toBe('location');
    expect(screen.getByRole('link', { name: 'You' }).hasAttribute('aria-current')).toBe(false);
    expect(screen.getByRole('button', { name: 'Section: Calendars' })).toBeTruthy();
  });

  it('opens and closes the compact menu, Escape giving focus back to its button', () => {
    render(<SectionNav t={translator('en')} current="you" />);
    const button = screen.getByRole('button', { name: 'Section: You' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByRole('link', { name: 'People' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(link);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('sectionOf', () => {
  it('reads the section an address names, and nothing else', () => {
    expect(sectionOf('#calendars')).toBe('calendars');
    expect(sectionOf('calendars')).toBe('calendars');
    expect(sectionOf('#nowhere')).toBeUndefined();
    expect(sectionOf('')).toBeUndefined();
  });
});
