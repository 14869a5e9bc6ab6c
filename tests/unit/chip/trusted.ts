// The user's own input as the browser marks it. happy-dom knows no isTrusted (every event
// reads as untrusted there), and the chip acts only on trusted events: a test that stands
// in for the user marks its events the way the browser marks real clicks and keys.

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click as the user's mouse makes it. */
export function userClick(element: Element): void {
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}
