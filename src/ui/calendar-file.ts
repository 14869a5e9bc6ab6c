// An .ics file the user chose, read the way Echt reads a feed, for the options page and the
// welcome page alike: its bytes unfolded before they are decoded (a line fold may fall
// inside "ë"), and its name without ".ics" as the calendar's name.
import { toCalendarText } from '../calendar/text';

export async function readCalendarFile(file: File): Promise<{ name: string; text: string }> {
  const text = toCalendarText(new Uint8Array(await file.arrayBuffer()));
  return { name: file.name.replace(/\.ics$/i, ''), text };
}
