/** The formats the server exports; html is the printable report. */
export const EXPORT_FORMATS = ['md', 'docx', 'xlsx', 'csv', 'json', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type DownloadResult = { ok: true; filename: string } | { ok: false; status: number };

/** The file name from `Content-Disposition` (RFC 6266: `filename*` first), else a fallback. */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // A malformed escape: try the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || fallback;
}

async function fetchExport(
  workshopId: string,
  format: ExportFormat,
  token: string,
): Promise<Response> {
  // The token goes in a header, never in a URL (URLs end up in logs and browser history).
  return fetch(`/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
}

/** Downloads an export as a file: fetch with the token, then a blob and an object URL. */
export async function downloadExport(
  workshopId: string,
  format: ExportFormat,
  token: string,
): Promise<DownloadResult> {
  try {
    const response = await fetchExport(workshopId, format, token);
    if (!response.ok) return { ok: false, status: response.status };
    const filename = filenameFrom(
      response.headers.get('content-disposition'),
      `otterboard-${workshopId}.${format}`,
    );
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, filename };
  } catch {
    return { ok: false, status: 0 };
  }
}

/**
 * Opens the printable report in a new tab. The window is opened first (inside the click, so no
 * popup blocker), then given the page as a blob URL once it has arrived.
 */
export async function openPrintableReport(
  workshopId: string,
  token: string,
): Promise<DownloadResult> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetchExport(workshopId, 'html', token);
    if (!response.ok) {
      tab?.close();
      return { ok: false, status: response.status };
    }
    const blob = new Blob([await response.text()], { type: 'text/html' });
    const url = URL.createObjectURL(blob);
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
    return { ok: true, filename: 'report.html' };
  } catch {
    tab?.close();
    return { ok: false, status: 0 };
  }
}
