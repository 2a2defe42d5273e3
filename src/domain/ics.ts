/**
 * Care routines as an iCalendar file (RFC 5545), made on the phone. The text says nothing about
 * the app: a neutral product id, a neutral uid domain, and the titles she chose. No alarms: a
 * reminder would put the title on her lock screen.
 */
import { addDays, isIsoDay, normalizeRhythm, weekdayOf, type Rhythm } from './plan.ts';

/** One repeating event. */
export interface CalendarEvent {
  /** Stable and meaningless (a random id), so importing the file again updates, not duplicates. */
  uid: string;
  title: string;
  rhythm: Rhythm;
  /** First day it may happen (ISO day); moved forward to the first day that fits the rhythm. */
  startDay: string;
  /** "HH:MM" in her local time, for a 15-minute event; without it, an all-day event. */
  time?: string;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space.
 * Never splits a UTF-8 character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts on continuation lines
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** How many bytes UTF-8 takes for one code point (the domain has no TextEncoder: no DOM). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The RRULE of a rhythm. */
export function rruleOf(rhythm: Rhythm): string {
  const r = normalizeRhythm(rhythm);
  if (r.kind === 'daily') return 'FREQ=DAILY';
  if (r.kind === 'weekly') return 'FREQ=WEEKLY';
  return `FREQ=WEEKLY;BYDAY=${(r.days ?? []).map((d) => BYDAY[d]).join(',')}`;
}

/** The first day on or after `day` that fits the rhythm (RFC 5545: DTSTART should be one). */
function firstFittingDay(rhythm: Rhythm, day: string): string {
  const r = normalizeRhythm(rhythm);
  if (r.kind !== 'days') return day;
  for (let n = 0; n < 7; n += 1) {
    const candidate = addDays(day, n);
    if ((r.days ?? []).includes(weekdayOf(candidate))) return candidate;
  }
  return day;
}

const compact = (day: string) => day.replace(/-/g, '');

function stamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The text of a calendar file holding one repeating event per routine, with CRLF line endings.
 * Throws on a malformed day or time (the screen checks them first).
 */
export function buildIcs(events: readonly CalendarEvent[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//local//calendar//EN', 'CALSCALE:GREGORIAN'];
  for (const event of events) {
    if (!isIsoDay(event.startDay)) throw new Error(`not an ISO day: ${event.startDay}`);
    const first = compact(firstFittingDay(event.rhythm, event.startDay));
    lines.push('BEGIN:VEVENT', `UID:${event.uid}@local`, `DTSTAMP:${stamp(now)}`);
    if (event.time !== undefined) {
      const m = TIME.exec(event.time);
      if (!m) throw new Error(`not a time: ${event.time}`);
      // Floating time: the same hour wherever she is.
      lines.push(`DTSTART:${first}T${m[1]}${m[2]}00`, 'DURATION:PT15M');
    } else {
      lines.push(`DTSTART;VALUE=DATE:${first}`, 'DURATION:P1D', 'TRANSP:TRANSPARENT');
    }
    lines.push(
      `RRULE:${rruleOf(event.rhythm)}`,
      `SUMMARY:${escapeIcsText(event.title)}`,
      'CLASS:PRIVATE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
