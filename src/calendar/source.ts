// From unfolded iCalendar text to its VCALENDAR components. When the text does not parse
// as a whole (cut off, or garbage inside), every intact part is kept and the rest reported.
import ICAL from 'ical.js';
import { CALENDAR_WARNINGS } from './errors';
import { unfoldText } from './text';

/** A component as ical.js parses it (jCal): [name, properties, components]. */
type JcalRoot = readonly unknown[];

export interface Calendars {
  /** Each VCALENDAR in the text (a feed may hold several). */
  readonly calendars: JcalRoot[];
  readonly warnings: string[];
}

// Components that only ever appear directly inside a VCALENDAR.
const TOP_LEVEL = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);

/**
 * Content lines of properties Echt never reads, each with its folded continuation lines.
 * Descriptions are often most of a feed (the join text of Google Meet and Teams, Outlook's
 * HTML copy in X-ALT-DESC), and ICAL.parse would split and unescape every one of them on
 * each read. X-WR-* (the calendar's name) and X-LIC-* (zone names) are kept.
 */
const UNREAD_LINES =
  /^(?:DESCRIPTION|LOCATION|DTSTAMP|CREATED|LAST-MODIFIED|CLASS|PRIORITY|TRANSP|URL|ATTACH|CATEGORIES|COMMENT|CONTACT|GEO|CONFERENCE|X-(?!WR-|LIC-)[A-Z0-9-]*)[;:][^\n]*\n(?:[ \t][^\n]*\n)*/gim;

/** The text without the properties Echt never reads; what is read stays as it was. */
export function withoutUnreadLines(text: string): string {
  return text.replace(UNREAD_LINES, '');
}

export function readCalendars(feed: string): Calendars {
  const text = withoutUnreadLines(feed);
  // ICAL.parse returns untyped jCal: one component, or a list when there are several.
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch {
    return salvage(unfoldText(text));
  }
  const list: unknown[] = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  const calendars = list.filter((jcal): jcal is JcalRoot => Array.isArray(jcal) && jcal[0] === 'vcalendar');
  return { calendars, warnings: [] };
}

interface Marker {
  begin: boolean;
  name: string;
}

function markerOf(line: string): Marker | null {
  const match = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i.exec(line);
  if (!match) return null;
  return { begin: (match[1] ?? '').toUpperCase() === 'BEGIN', name: (match[2] ?? '').toUpperCase() };
}

/** The SUMMARY of an event that did not parse, to name it in a warning. */
function titleOf(lines: readonly string[]): string | null {
  if (markerOf(lines[0] ?? '')?.name !== 'VEVENT') return null;
  for (const line of lines) {
    const match = /^SUMMARY[;:]/i.test(line) ? /^[^:]*:(.*)$/.exec(line) : null;
    if (match) return (match[1] ?? '').replace(/\\([,;\\])/g, '$1').trim();
  }
  return '';
}

/** One pass over the lines: parses each top-level component on its own, keeps those that parse. */
function salvage(text: string): Calendars {
  const properties: unknown[] = [];
  const components: unknown[] = [];
  let broken = 0;
  let strayText = false;
  let inside = false;
  let block: string[] | null = null;
  let depth = 0;

  const skipped: string[] = [];
  const keep = (lines: string[]) => {
    try {
      components.push(ICAL.parse(lines.join('\r\n')));
    } catch {
      const title = titleOf(lines);
      if (title === null) broken += 1;
      else skipped.push(CALENDAR_WARNINGS.skippedEvent(title, 'event'));
    }
  };
  const keepProperty = (line: string) => {
    try {
      properties.push(ICAL.parse.property(line));
    } catch {
      broken += 1;
    }
  };

  for (const line of text.split(/\r\n|\n|\r/)) {
    const marker = markerOf(line);
    if (marker?.name === 'VCALENDAR') {
      if (block) broken += 1;
      block = null;
      inside = marker.begin;
    } else if (!inside) {
      strayText ||= line.trim().length > 0;
    } else if (block && marker?.begin && TOP_LEVEL.has(marker.name)) {
      // A new component before the current one ended: the current one is lost.
      broken += 1;
      block = [line];
      depth = 1;
    } else if (block) {
      block.push(line);
      if (marker) depth += marker.begin ? 1 : -1;
      if (depth === 0) {
        keep(block);
        block = null;
      }
    } else if (marker?.begin) {
      block = [line];
      depth = 1;
    } else if (!marker && line.trim().length > 0) {
      keepProperty(line);
    }
  }

  const warnings: string[] = [...skipped];
  if (inside) warnings.push(CALENDAR_WARNINGS.truncated());
  if (strayText) broken += 1;
  if (broken > 0) warnings.push(CALENDAR_WARNINGS.unreadable(broken));
  return { calendars: [['vcalendar', properties, components]], warnings };
}
