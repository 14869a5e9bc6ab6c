// The popup's tabs (Today, Phrases, Ask for help), as the ARIA tabs pattern has them.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab<K extends string> {
  id: K;
  label: string;
  panel: () => ComponentChildren;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: readonly Tab<K>[];
  initial: K;
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Tabs as the ARIA pattern has them: arrow keys, Home and End move between tabs, Tab moves
 * into the panel. A panel's content is built the first time it is shown and kept (hidden)
 * after, so what the user typed there survives switching, and the popup opens having built
 * only one.
 */
export function Tabs<K extends string>({ label, tabs, initial }: TabsProps<K>) {
  const [selected, setSelected] = useState<K>(initial);
  const [visited, setVisited] = useState<ReadonlySet<K>>(() => new Set([initial]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (id: K) => {
    setSelected(id);
    setVisited((before) => (before.has(id) ? before : new Set([...before, id])));
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, tabs.length);
    const tab = tabs[next];
    if (!tab) return;
    select(tab.id);
    buttons.current[next]?.focus();
  };

  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => select(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          class="panel"
        >
          {visited.has(tab.id) ? tab.panel() : null}
        </div>
      ))}
    </div>
  );
}
