import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, rruleOf } from '../../src/domain/index.ts';

const NOW = new Date('2026-01-05T08:30:00Z');

/** Unfolds and splits an iCalendar text into its content lines. */
const contentLines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('calendar file', () => {
  it('writes one repeating event per routine, with CRLF lines and a neutral product id', () => {
    const ics = buildIcs(
      [
        { uid: 'a1', title: 'Personal time', rhythm: { kind: 'daily' }, startDay: '2026-01-05' },
        { uid: 'b2', title: 'Tea', rhythm: { kind: 'weekly' }, startDay: '2026-01-05', time: '18:30' },
        { uid: 'c3', title: 'Walk', rhythm: { kind: 'days', days: [3, 5] }, startDay: '2026-01-05' },
      ],
      NOW,
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(ics);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//local//calendar//EN']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('DTSTAMP:20260105T083000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260105');
    expect(lines).toContain('RRULE:FREQ=DAILY');
    expect(lines).toContain('DTSTART:20260105T183000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY');
    // The first Wednesday on or after Monday 5 January.
    expect(lines).toContain('DTSTART;VALUE=DATE:20260107');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE,FR');
    expect(lines).toContain('UID:c3@local');
    expect(ics).not.toMatch(/VALARM|secure|here and now/i);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'وقت خاص '.repeat(20)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('names the rhythm in RRULE terms, and refuses a malformed day or time', () => {
    expect(rruleOf({ kind: 'days', days: [0, 6] })).toBe('FREQ=WEEKLY;BYDAY=SU,SA');
    expect(() =>
      buildIcs([{ uid: 'x', title: 't', rhythm: { kind: 'daily' }, startDay: '2026-13-01' }], NOW),
    ).toThrow();
    expect(() =>
      buildIcs(
        [{ uid: 'x', title: 't', rhythm: { kind: 'daily' }, startDay: '2026-01-01', time: '25:00' }],
        NOW,
      ),
    ).toThrow();
  });
});
