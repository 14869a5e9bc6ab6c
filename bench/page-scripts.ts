// The scripts popup.html's first script starts rather than the page itself: popup.html names the
// popup's module on popup-frame.js (`data-echt-module`, written by the build: wxt.config.ts),
// which puts it on the page. Builds before the module was one file also named the chunks it
// imports (`data-echt-imports`): read too, so those builds can be benched beside this one.

/** The module and chunks a page's first script starts, as paths in the build; none for other pages. */
export function startedScripts(html: string): string[] {
  return [...html.matchAll(/data-echt-(?:module|imports)="([^"]*)"/g)].flatMap(([, named]) =>
    (named ?? '')
      .split(' ')
      .filter(Boolean)
      .map((file) => file.replace(/^\//, '')),
  );
}
