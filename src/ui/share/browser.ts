/**
 * The few browser facilities the share menu needs, kept out of the model: the reader's clock
 * (a citation's access date is theirs), the clipboard, and saving a file.
 */
import type { IsoDate } from '../../lib/time/days';

/** Today on the reader's own clock, as a calendar day. Only for a citation's access date. */
export function accessDay(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Writes `text` to the clipboard; false where the browser refuses (no permission, no API). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves `text` as a file named `name`: a Blob behind an `<a download>`, so nothing leaves the
 * machine and no request is made.
 */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
