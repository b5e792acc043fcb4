import sanitizeHtml from 'sanitize-html';
import { normalizeMessageId } from './message-ids';

export interface SanitizeEmailHtmlOptions {
  /**
   * Maps a Content-ID (without angle brackets) to the URL our app serves that inline attachment
   * from, or null when the message has no such part (the image is then dropped).
   */
  cidUrl: (contentId: string) => string | null;
  /** Load http(s) images. Off by default in the UI: remote images reveal that the mail was read. */
  allowRemoteImages: boolean;
}

export interface SanitizedEmailHtml {
  html: string;
  /** How many remote images were held back; the UI offers "show images" when this is > 0. */
  blockedRemoteImages: number;
}

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'b',
  'big',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'wbr',
];

const TABLE_ATTRIBUTES = [
  'align',
  'valign',
  'bgcolor',
  'width',
  'height',
  'border',
  'cellpadding',
  'cellspacing',
];

const ALLOWED_ATTRIBUTES: Record<string, sanitizeHtml.AllowedAttribute[]> = {
  '*': ['style', 'dir', 'lang', 'title', 'align'],
  a: ['href', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'border', 'data-remote-src'],
  font: ['color', 'face', 'size'],
  table: TABLE_ATTRIBUTES,
  td: [...TABLE_ATTRIBUTES, 'colspan', 'rowspan', 'nowrap'],
  th: [...TABLE_ATTRIBUTES, 'colspan', 'rowspan', 'nowrap', 'scope'],
  tr: TABLE_ATTRIBUTES,
  tbody: TABLE_ATTRIBUTES,
  thead: TABLE_ATTRIBUTES,
  tfoot: TABLE_ATTRIBUTES,
  col: ['span', 'width', 'align', 'valign'],
  colgroup: ['span', 'width', 'align', 'valign'],
  ol: ['start', 'type'],
  li: ['value'],
  blockquote: ['type'],
};

/**
 * A CSS value is accepted only when it is made of plain tokens: no functions that fetch or run
 * anything (url(), expression(), image-set(), var() …), no escapes (which could spell them), no
 * quotes, braces or semicolons that could break out of the declaration.
 */
const SAFE_VALUE =
  /^(?![\s\S]*(?:url|expression|image-set|image|var|env|attr|element|paint)\s*\()[#\w\s%.,()+!/-]*$/i;
const LENGTH = String.raw`(?:0|auto|[\d.]+(?:px|pt|em|rem|%|ex|ch|vw|vh|cm|mm|in)?)`;
/** Non-negative lengths only: negative margins could move mail content over the app's own UI. */
const BOX_VALUE = new RegExp(`^${LENGTH}(?:\\s+${LENGTH}){0,3}$`, 'i');
const SIZE_VALUE = new RegExp(`^(?:${LENGTH}|max-content|min-content|fit-content)$`, 'i');
const FONT_FAMILY = /^[\w\s,'"-]+$/;

const ALLOWED_STYLES: Record<string, RegExp[]> = {
  color: [SAFE_VALUE],
  'background-color': [SAFE_VALUE],
  'text-align': [/^(?:left|right|center|justify|start|end)$/i],
  'vertical-align': [/^(?:top|middle|bottom|baseline)$/i],
  'font-weight': [/^(?:normal|bold|bolder|lighter|\d{3})$/i],
  'font-style': [/^(?:normal|italic|oblique)$/i],
  'font-size': [SIZE_VALUE, /^(?:x{0,2}-?small|medium|x{0,2}-?large|smaller|larger)$/i],
  'font-family': [FONT_FAMILY],
  'line-height': [SIZE_VALUE, /^[\d.]+$/],
  'text-decoration': [SAFE_VALUE],
  border: [SAFE_VALUE],
  'border-top': [SAFE_VALUE],
  'border-right': [SAFE_VALUE],
  'border-bottom': [SAFE_VALUE],
  'border-left': [SAFE_VALUE],
  'border-color': [SAFE_VALUE],
  'border-style': [SAFE_VALUE],
  'border-width': [SAFE_VALUE],
  'border-collapse': [/^(?:collapse|separate)$/i],
  'border-radius': [BOX_VALUE],
  padding: [BOX_VALUE],
  'padding-top': [BOX_VALUE],
  'padding-right': [BOX_VALUE],
  'padding-bottom': [BOX_VALUE],
  'padding-left': [BOX_VALUE],
  margin: [BOX_VALUE],
  'margin-top': [BOX_VALUE],
  'margin-right': [BOX_VALUE],
  'margin-bottom': [BOX_VALUE],
  'margin-left': [BOX_VALUE],
  width: [SIZE_VALUE],
  'max-width': [SIZE_VALUE],
  'min-width': [SIZE_VALUE],
  height: [SIZE_VALUE],
};

const LINK_SCHEMES = /^(?:https?|mailto|tel):/i;
const REMOTE_IMAGE = /^(?:https?:)?\/\//i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|bmp);base64,[a-z0-9+/=\s]+$/i;

/**
 * Turns untrusted email HTML into HTML safe to put into the agent UI (allow-list, never a deny-list):
 *
 * - only formatting tags survive (tables included, as mail layouts are built from them); script,
 *   style blocks, iframe, object, embed, form and every other tag are removed, as are on* handlers
 *   and any attribute not listed;
 * - links keep only absolute http(s)/mailto/tel targets (no javascript:, vbscript:, data: or
 *   relative URLs pointing into our app) and open with rel="noopener noreferrer nofollow" in a new tab;
 * - images: `cid:` sources are rewritten through `cidUrl`; `data:image/*` (raster types) is kept;
 *   remote http(s) images are blocked unless `allowRemoteImages`, keeping the original URL in
 *   `data-remote-src` so the UI can offer to load them; any other source (relative URLs, which
 *   would make the agent's browser call our own API) is dropped;
 * - inline styles keep a fixed set of presentational properties whose values contain no url(),
 *   expression() or escapes.
 *
 * Pure and deterministic; `blockedRemoteImages` counts the images held back.
 */
export function sanitizeEmailHtml(html: string, options: SanitizeEmailHtmlOptions): SanitizedEmailHtml {
  let blockedRemoteImages = 0;

  /** The attribute that replaces an img `src`: the rewritten source, the held-back remote URL, or nothing. */
  const imageSource = (rawSrc: string): sanitizeHtml.Attributes => {
    const src = rawSrc.trim();
    if (/^cid:/i.test(src)) {
      const contentId = contentIdOf(src);
      const url = contentId === null ? null : options.cidUrl(contentId);
      return url === null ? {} : { src: url };
    }
    if (REMOTE_IMAGE.test(src)) {
      const absolute = src.startsWith('//') ? `https:${src}` : src;
      if (options.allowRemoteImages) return { src: absolute };
      blockedRemoteImages += 1;
      return { 'data-remote-src': absolute };
    }
    return SAFE_DATA_IMAGE.test(src) ? { src } : {};
  };

  const transformImage = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const result: sanitizeHtml.Attributes = {};
    for (const [name, value] of Object.entries(attribs)) {
      if (name === 'src') Object.assign(result, imageSource(value));
      else if (name !== 'data-remote-src') result[name] = value;
    }
    return { tagName, attribs: result };
  };

  const transformLink = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const href = (attribs.href ?? '').trim();
    const result: sanitizeHtml.Attributes = {
      ...attribs,
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
    };
    if (LINK_SCHEMES.test(href)) result.href = href;
    else delete result.href;
    return { tagName, attribs: result };
  };

  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedStyles: { '*': ALLOWED_STYLES },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'data-remote-src'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml', 'template'],
    enforceHtmlBoundary: false,
    transformTags: { img: transformImage, a: transformLink },
  });

  return { html: clean, blockedRemoteImages };
}

function contentIdOf(src: string): string | null {
  const value = src.replace(/^cid:/i, '');
  try {
    return normalizeMessageId(decodeURIComponent(value));
  } catch {
    return normalizeMessageId(value);
  }
}
