// A sentence with its [slots] marked, so the user sees what to fill in before sending.
const SLOT = /(\[[^\]]+\])/;

export function Slots({ text }: { text: string }) {
  return (
    <>
      {text.split(SLOT).map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never move.
          <span key={index} class="slot">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function hasSlots(text: string): boolean {
  return SLOT.test(text);
}
