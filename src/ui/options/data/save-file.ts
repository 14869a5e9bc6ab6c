// Hands a text file to the browser's downloads, the way a page does: a Blob and <a download>.

/** How long the file's object URL stays alive; the browser has read it well before then. */
const KEEP_URL_MS = 60_000;

export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; let it finish first.
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
