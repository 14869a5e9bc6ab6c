// The options page's map: a link to each section, the one in view marked. A sidebar on wide
// windows; on narrow ones a bar at the top whose button names the section in view and
// opens the same links (nav.css). The links are plain in-page links (#calendars), so they
// work by keyboard, in a new tab and from other pages alike.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import './nav.css';
import { OPTIONS_SECTIONS, type OptionsSection } from './sections';

interface SectionNavProps {
  t: Translate;
  current: OptionsSection;
}

export function SectionNav({ t, current }: SectionNavProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const label = (id: OptionsSection) =>
    t(OPTIONS_SECTIONS.find((section) => section.id === id)?.label ?? 'optionsTitle');

  // The menu closes when focus or a click leaves it, as a menu does.
  useEffect(() => {
    if (!open) return;
    const away = (event: Event) => {
      if (event.target instanceof Node && !nav.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('focusin', away);
    document.addEventListener('pointerdown', away);
    return () => {
      document.removeEventListener('focusin', away);
      document.removeEventListener('pointerdown', away);
    };
  }, [open]);

  return (
    <nav
      class="section-nav"
      aria-label={t('optionsNavLabel')}
      ref={nav}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        type="button"
        class="section-nav-toggle"
        aria-expanded={open}
        aria-controls="section-nav-list"
        ref={toggle}
        onClick={() => setOpen(!open)}
      >
        {t('optionsNavMenu', [label(current)])}
      </button>
      <ul id="section-nav-list" class={open ? 'section-nav-list open' : 'section-nav-list'}>
        {OPTIONS_SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={section.id === current ? 'location' : undefined}
              onClick={() => setOpen(false)}
            >
              {t(section.label)}
            </a>
          </li>
        ))}
        <li class="section-nav-welcome">
          <a href="/welcome.html">{t('optionsNavWelcome')}</a>
        </li>
      </ul>
    </nav>
  );
}
