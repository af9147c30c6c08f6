/**
 * Publication dates arrive as ISO (`2023-05-23`) or as the portals' own `23/05/2023`.
 * Returns the ISO date for `<time datetime>` and a `Date` at UTC midnight, or
 * `undefined` for text that is not a real calendar day (`31/02/2023`).
 */
export interface ParsedDate {
  iso: string;
  date: Date;
}

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const portalPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function parseDate(text: string | null | undefined): ParsedDate | undefined {
  const value = (text ?? '').trim();
  let year: number, month: number, day: number;
  const iso = isoPattern.exec(value);
  const portal = portalPattern.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (portal) {
    [day, month, year] = [Number(portal[1]), Number(portal[2]), Number(portal[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, date };
}

/** `23/05/2023` in Vietnamese, `23 May 2023` in English. */
export function formatDate(date: Date, locale: string): string {
  const options: Intl.DateTimeFormatOptions = locale.startsWith('vi')
    ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
