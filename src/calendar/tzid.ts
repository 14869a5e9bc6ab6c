// Which zone a TZID in a feed means. Feeds name zones three ways: IANA names (often with no
// VTIMEZONE), Windows names (Outlook, sometimes with no VTIMEZONE), or a name that only the
// feed's own VTIMEZONE defines. The platform's zone data wins over a feed's definition.
import ICAL from 'ical.js';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { componentsOf, firstProperty, type JcalComponent, textOf } from './jcal';
import { DefinedZone, ianaZone, type Zone } from './zones';

let windowsNames: Map<string, string> | null = null;

/** The IANA zone for a Windows zone name, in any case ("W. Europe Standard Time"). */
function fromWindowsName(name: string): Zone | null {
  windowsNames ??= new Map(
    WINDOWS_TO_IANA_MAP.filter((entry) => entry.territory === '001').map((entry) => [
      entry.windowsName.toLowerCase(),
      entry.iana[0],
    ]),
  );
  const iana = windowsNames.get(name.toLowerCase());
  return iana === undefined ? null : ianaZone(iana);
}

/** An IANA name at the end of a longer TZID, e.g. "/example.org/20050126_1/Europe/Berlin". */
function fromPath(name: string): Zone | null {
  const parts = name.split('/').filter((part) => part.length > 0);
  for (const count of [3, 2]) {
    if (parts.length > count) {
      const zone = ianaZone(parts.slice(-count).join('/'));
      if (zone) return zone;
    }
  }
  return null;
}

/** The zone a VTIMEZONE of the calendar defines, when there is one and it can be read. */
function fromDefinition(tzid: string, calendar: JcalComponent): Zone | null {
  const definition = componentsOf(calendar, 'vtimezone').find(
    (component) => textOf(firstProperty(component, 'tzid')) === tzid.trim(),
  );
  if (!definition) return null;
  try {
    // A shallow copy: ical.js types components as mutable arrays.
    const zone = new DefinedZone(tzid, new ICAL.Timezone({ component: new ICAL.Component([...definition]), tzid }));
    zone.offsetAt(Date.UTC(2000, 0, 1));
    return zone;
  } catch {
    return null;
  }
}

/** Resolves the TZIDs of one VCALENDAR, reporting each it cannot resolve once. */
export class ZoneResolver {
  readonly #known = new Map<string, Zone | null>();

  /** `calendar`: the VCALENDAR as ical.js parses it, for its VTIMEZONEs. */
  constructor(
    private readonly calendar: JcalComponent,
    private readonly onUnknown: (tzid: string) => void,
  ) {}

  /** The zone `tzid` means, or null to read its times as floating. */
  resolve(tzid: string): Zone | null {
    let zone = this.#known.get(tzid);
    if (zone === undefined) {
      const name = tzid.trim().replace(/^"(.*)"$/, '$1');
      zone = ianaZone(name) ?? fromWindowsName(name) ?? fromPath(name) ?? fromDefinition(tzid, this.calendar);
      this.#known.set(tzid, zone);
      if (zone === null) this.onUnknown(name);
    }
    return zone;
  }
}
