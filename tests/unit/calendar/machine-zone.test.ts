// The results must not depend on the time zone of the machine Echt runs on. Node applies a
// change of process.env.TZ at once, so one run compares several machine zones; the whole
// calendar suite is also meant to run under several TZ settings (INTERNALS.md has the commands).
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, between, fixture } from './helpers';

const MACHINE_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/Amsterdam', 'Pacific/Chatham'];
const original = process.env.TZ;

function everything(): string {
  const results = ALL_FIXTURES.map((name) => {
    const calendar = fixture(name);
    const occurrences = between(calendar, '2024-12-01T00:00:00Z', '2026-01-01T00:00:00Z', {
      timeZone: 'Europe/Amsterdam',
    });
    return { name, warnings: calendar.warnings, occurrences };
  });
  return JSON.stringify(results);
}

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('the machine’s own time zone', () => {
  // Six readings of every fixture: a few seconds, longer on a busy machine.
  it('changes nothing', { timeout: 60_000 }, () => {
    process.env.TZ = 'UTC';
    const baseline = everything();
    const offsets = new Set<number>();
    for (const zone of MACHINE_ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset());
      expect(everything(), `machine zone ${zone}`).toBe(baseline);
    }
    // Proves the zone really changed between runs.
    expect(offsets.size).toBe(MACHINE_ZONES.length);
  });
});
