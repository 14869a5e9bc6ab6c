// What went wrong, said at once to screen readers too (role=alert); nothing when all is well.
export function Problem({ text }: { text: string | false | null | undefined }) {
  return text ? (
    <p class="problem" role="alert">
      {text}
    </p>
  ) : null;
}
