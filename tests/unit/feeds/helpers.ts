// Calendar text for the feed and popup tests: one VEVENT per [title, start] pair, each half an
// hour long, organised by Sam with Noor attending.

/** An ICS calendar holding `events`, each given as its title and its start (ICS UTC form). */
export function calendar(...events: [title: string, start: string][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap(([title, start], index) => [
      'BEGIN:VEVENT',
      `UID:event-${index}@example.org`,
      `DTSTART:${start}`,
      'DURATION:PT30M',
      `SUMMARY:${title}`,
      'ORGANIZER;CN=Sam:mailto:sam@example.org',
      'ATTENDEE;CN=Noor:mailto:noor@example.org',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
