// Which section of the options page is in view, for the navigation to mark, and the jump
// to a section named in the address (options.html#calendars) once the sections are there.
import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_SECTIONS, type OptionsSection, sectionOf } from '../../src/ui/options';

/** A section counts as in view once its top has passed this far down the window. */
const IN_VIEW = 0.3;

function sectionInView(): OptionsSection {
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  let inView: OptionsSection = OPTIONS_SECTIONS[0].id;
  for (const { id } of OPTIONS_SECTIONS) {
    const element = document.getElementById(id);
    if (!element) continue;
    const top = element.getBoundingClientRect().top;
    // At the very bottom a short last section never reaches the line: the last one shown counts.
    if (top <= window.innerHeight * IN_VIEW || (atBottom && top < window.innerHeight)) inView = id;
  }
  return inView;
}

/**
 * Sections render once their settings are read, so the browser's own jump to the address's
 * section happened when there was nothing to jump to: it is made again once every section
 * is there (or after a while, should one never come).
 */
function jumpWhenRendered(id: OptionsSection, done: () => void): () => void {
  const rendered = () => OPTIONS_SECTIONS.every((section) => document.getElementById(section.id)?.firstElementChild);
  const jump = () => {
    observer.disconnect();
    clearTimeout(timer);
    document.getElementById(id)?.scrollIntoView();
    done();
  };
  const observer = new MutationObserver(() => rendered() && jump());
  const timer = setTimeout(jump, 3000);
  if (rendered()) jump();
  else observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

export function useCurrentSection(): OptionsSection {
  const [current, setCurrent] = useState<OptionsSection>(() => sectionOf(location.hash) ?? OPTIONS_SECTIONS[0].id);

  useEffect(() => {
    // After a link's jump the section it names stays marked, even when it is too short to
    // reach the line, until the user scrolls on.
    let pinned: { id: OptionsSection; y: number } | null = null;
    const pin = (id: OptionsSection) => {
      pinned = { id, y: window.scrollY };
      setCurrent(id);
    };
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (pinned && Math.abs(window.scrollY - pinned.y) < 2) return;
      pinned = null;
      setCurrent(sectionInView());
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const onHash = () => {
      const id = sectionOf(location.hash);
      if (id) pin(id);
    };
    const linked = sectionOf(location.hash);
    const stopJump = linked ? jumpWhenRendered(linked, () => pin(linked)) : () => undefined;
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onHash);
    return () => {
      stopJump();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  return current;
}
