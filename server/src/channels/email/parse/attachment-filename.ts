const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/ics': 'ics',
  'application/json': 'json',
  'application/msword': 'doc',
  'application/ms-tnef': 'dat',
  'application/octet-stream': 'bin',
  'application/pdf': 'pdf',
  'application/pgp-signature': 'asc',
  'application/pkcs7-signature': 'p7s',
  'application/x-pkcs7-signature': 'p7s',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/xml': 'xml',
  'application/zip': 'zip',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'image/bmp': 'bmp',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  'message/delivery-status': 'txt',
  'message/disposition-notification': 'txt',
  'message/feedback-report': 'txt',
  'message/global': 'eml',
  'message/global-delivery-status': 'txt',
  'message/rfc822': 'eml',
  'text/calendar': 'ics',
  'text/csv': 'csv',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/rfc822-headers': 'txt',
  'video/mp4': 'mp4',
};

/**
 * The extension (without dot) used for an attachment that arrived without a name, from its MIME
 * type; `bin` when unknown, so the file is never offered with a misleading type.
 */
export function extensionForContentType(contentType: string): string {
  return EXTENSIONS[contentType.toLowerCase()] ?? 'bin';
}

/**
 * Makes the name an attachment is stored and offered under: the sender's name reduced to its last
 * path segment (senders put `C:\TEMP\x.png` or `../../x` there), without control characters and
 * capped at 255 characters, or `attachment-<position>.<ext>` when nothing usable is left. Never
 * empty, so downloads and the UI always have a name.
 */
export function attachmentFilename(
  original: string | undefined,
  contentType: string,
  position: number,
): string {
  const cleaned = (original ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .split(/[\\/]/)
    .pop()
    ?.trim()
    .replace(/^\.+$/, '');
  if (cleaned) return truncateName(cleaned, 255);
  return `attachment-${position}.${extensionForContentType(contentType)}`;
}

/** Caps a name at `max` code points, keeping a short extension. */
function truncateName(name: string, max: number): string {
  const codePoints = Array.from(name);
  if (codePoints.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return codePoints.slice(0, max - Array.from(extension).length).join('') + extension;
}

/** The MIME type for a file name's extension, for parts recovered without a declared type (uuencode). */
export function contentTypeForFilename(filename: string): string {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const byExtension: Readonly<Record<string, string>> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    pdf: 'application/pdf',
    txt: 'text/plain',
    doc: 'application/msword',
    zip: 'application/zip',
    ics: 'text/calendar',
  };
  return byExtension[extension] ?? 'application/octet-stream';
}
