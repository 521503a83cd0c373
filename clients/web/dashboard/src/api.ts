/** Files the dashboard downloads (the stock-take report): fetched on the session, then saved. */
import { RequestFailed } from '../../shared/graphql';

/** Fetches a file on the session (the cookie goes with it) and saves it, so the page can say what went wrong. */
export async function download(url: string, fallbackName: string): Promise<{ name: string; bytes: number }> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    // The gateway's errors are JSON ({ errors: [{ message }] }) or plain text; an HTML error page says nothing useful.
    let detail = '';
    const type = res.headers.get('content-type') ?? '';
    try {
      if (type.includes('json')) detail = ((await res.json()) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message ?? '';
      else if (type.startsWith('text/plain')) detail = await res.text();
    } catch {
      detail = '';
    }
    throw new RequestFailed(
      `The report could not be made (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''})${detail ? `: ${detail.slice(0, 300)}` : '.'}`,
      res.status,
    );
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = decodeURIComponent(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return { name: a.download, bytes: blob.size };
}
