// The scripts popup.html's first script starts rather than the page itself: popup.html names the
// popup's module and the chunks it imports on popup-frame.js (`data-echt-module`,
// `data-echt-imports`, written by the build: wxt.config.ts), which puts them on the page.

/** The module and chunks a page's first script starts, as paths in the build; none for other pages. */
export function startedScripts(html: string): string[] {
  return [...html.matchAll(/data-echt-(?:module|imports)="([^"]*)"/g)].flatMap(([, named]) =>
    (named ?? '')
      .split(' ')
      .filter(Boolean)
      .map((file) => file.replace(/^\//, '')),
  );
}
