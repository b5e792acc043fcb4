import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { corporaDir, corpusPath, listCorpusFiles, readCorpusFile } from '../test-support/corpora';
import { countUuencodedBlocks, decodeBase64Leaf, isBodyLeaf, mimeLeaves } from '../test-support/mime-leaves';
import { htmlToText } from './html-to-text';
import { EmailParseError, parseEmail } from './parse-email';

/**
 * Files parseEmail is allowed to reject with EmailParseError. Every corpus file has been inspected
 * and mailparser reads all of them, so the list is empty: any rejection is a regression.
 */
const EXPECTED_PARSE_ERRORS = new Set<string>();

const HUNNYSOFT_MAIL = /^(?:m\d{4}|github-[\d-]+|invalid-charset)\.txt$/;

/** Corpus folder → file pattern and the exact number of files expected (a missing file fails loudly). */
const CORPORA = [
  { folder: 'chatwoot-mail', pattern: /\.eml$/, count: 42 },
  { folder: 'mailparser-fixtures', pattern: /\.eml$/, count: 10 },
  { folder: 'postal-mime-fixtures', pattern: /\.eml$/, count: 5 },
  { folder: 'hunnysoft-mime-samples', pattern: HUNNYSOFT_MAIL, count: 75 },
] as const;

const ALL_FILES = CORPORA.flatMap(({ folder, pattern }) => listCorpusFiles(folder, pattern));

describe('corpora', () => {
  it('are present with every expected file', () => {
    expect(corporaDir()).toMatch(/shared[\\/]corpora$/);
    for (const { folder, pattern, count } of CORPORA) {
      expect(listCorpusFiles(folder, pattern), folder).toHaveLength(count);
    }
  });
});

describe('parseEmail over every corpus message', () => {
  it.each(ALL_FILES)('%s parses and loses no MIME part', async (file) => {
    const raw = readCorpusFile(file);
    if (EXPECTED_PARSE_ERRORS.has(file)) {
      await expect(parseEmail(raw)).rejects.toBeInstanceOf(EmailParseError);
      return;
    }
    const parsed = await parseEmail(raw);

    expect(parsed.messageId).not.toBe('');
    expect(parsed.messageId).not.toMatch(/[<>\s]/);
    expect(parsed.subject).not.toContain('\uFFFD');
    expect(parsed.date === null || !Number.isNaN(parsed.date.getTime())).toBe(true);

    // Every MIME leaf that is not body text is an attachment, plus uuencoded files in body text.
    const leaves = mimeLeaves(raw);
    const bodyLeaves = leaves.filter(isBodyLeaf);
    const attachmentLeaves = leaves.filter((leaf) => !isBodyLeaf(leaf));
    const uuencoded = bodyLeaves.reduce((sum, leaf) => sum + countUuencodedBlocks(leaf), 0);
    expect(parsed.attachments).toHaveLength(attachmentLeaves.length + uuencoded);

    // Base64 parts arrive byte for byte.
    const hashes = parsed.attachments.map((attachment) => attachment.sha256);
    for (const leaf of attachmentLeaves) {
      const decoded = decodeBase64Leaf(leaf);
      if (decoded) expect(hashes).toContain(createHash('sha256').update(decoded).digest('hex'));
    }

    // Declared types survive (application/octet-stream may be refined from the file name).
    const types = parsed.attachments.map((attachment) => attachment.contentType);
    for (const leaf of attachmentLeaves) {
      if (leaf.contentType === 'application/octet-stream') continue;
      const index = types.indexOf(leaf.contentType);
      expect(index, `${leaf.contentType} part is kept`).toBeGreaterThanOrEqual(0);
      types.splice(index, 1);
    }

    for (const attachment of parsed.attachments) {
      expect(attachment.filename.trim()).not.toBe('');
      expect(attachment.filename).not.toMatch(/[\\/]/);
      expect(attachment.size).toBe(attachment.content.length);
      expect(attachment.sha256).toBe(createHash('sha256').update(attachment.content).digest('hex'));
    }

    // Body text is not dropped.
    if (bodyLeaves.some((leaf) => leaf.rawBody.trim() !== '')) {
      expect(parsed.text.trim() !== '' || parsed.html !== null).toBe(true);
    }
  });
});

interface HunnysoftAddress {
  name?: string;
  email: string;
}

interface HunnysoftCase {
  fixture: string;
  expected: {
    From: HunnysoftAddress;
    To?: HunnysoftAddress | null;
    Subject: string;
    'Message-ID'?: string;
    Date?: { __php_expr__: string };
    text?: string;
    html?: string;
    attachments?: number;
    signed?: { protocol: string };
  };
}

const hunnysoft = JSON.parse(
  readCorpusFile('hunnysoft-mime-samples', 'expectations.json').toString('utf8'),
) as {
  cases: Record<string, HunnysoftCase>;
};

/** Cases whose raw file the corpus does not contain (its expectations.json says so itself). */
const HUNNYSOFT_ABSENT = new Set(['m3005']);

/**
 * Messages with more than one inline body part of the same type. parseEmail, like mail clients,
 * shows all of them in order, while the reference file holds the first part alone: Netscape
 * attaches text files as inline text parts (m1009, m1015, m1016); m0020 has three HTML parts, the
 * second of which reads "This could be a signature".
 */
const HUNNYSOFT_REFERENCE_IS_FIRST_PART: Readonly<Record<'text' | 'html', ReadonlySet<string>>> = {
  text: new Set(['m1009', 'm1015', 'm1016']),
  html: new Set(['m0020']),
};

function expectReference(kind: 'text' | 'html', name: string, actual: string, referenceName: string): void {
  const reference = squash(referenceFile(referenceName));
  if (HUNNYSOFT_REFERENCE_IS_FIRST_PART[kind].has(name)) {
    expect(squash(actual).startsWith(reference)).toBe(true);
    expect(squash(actual).length).toBeGreaterThan(reference.length);
  } else {
    expect(squash(actual)).toBe(reference);
  }
}

const squash = (value: string): string => value.replace(/\s+/g, '');

function referenceFile(name: string): string {
  return readFileSync(
    corpusPath('hunnysoft-mime-samples', 'tests', '_data', 'emails', 'files', name),
  ).toString('latin1');
}

/** HTML reduced to its text the way the reference files were made: no head, no tags, entities decoded. */
function htmlText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['head', 'style', 'script'],
  })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('hunnysoft MIME samples match their expectations', () => {
  const cases = Object.entries(hunnysoft.cases);

  it('covers every case but the one whose file is absent', () => {
    expect(cases.length).toBe(71);
    for (const name of HUNNYSOFT_ABSENT) {
      expect(() => corpusPath('hunnysoft-mime-samples', hunnysoft.cases[name]?.fixture ?? '')).toThrow();
    }
  });

  it.each(cases.filter(([name]) => !HUNNYSOFT_ABSENT.has(name)))('%s', async (name, testCase) => {
    const expected = testCase.expected;
    const parsed = await parseEmail(readCorpusFile('hunnysoft-mime-samples', testCase.fixture));

    expect(parsed.from?.address).toBe(expected.From.email.toLowerCase());
    expect(parsed.from?.name ?? '').toBe(expected.From.name ?? '');
    expect(parsed.subject).toBe(expected.Subject);
    if (expected.To) {
      expect(parsed.to[0]).toEqual({
        address: expected.To.email.toLowerCase(),
        name: expected.To.name ?? '',
      });
    }
    if (expected['Message-ID'] !== undefined) expect(parsed.messageId).toBe(expected['Message-ID']);
    if (expected.Date) {
      const literal = /DateTime\('([^']+)'\)/.exec(expected.Date.__php_expr__)?.[1] ?? '';
      expect(parsed.date?.getTime()).toBe(new Date(literal).getTime());
    }
    if (expected.attachments !== undefined) {
      // The reference counts the signature of a multipart/signed message as part of the signing.
      const counted = parsed.attachments.filter(
        (attachment) => !expected.signed || !attachment.contentType.endsWith('pgp-signature'),
      );
      expect(counted).toHaveLength(expected.attachments);
    }
    if (expected.text !== undefined) expectReference('text', name, parsed.text, expected.text);
    if (expected.html !== undefined) {
      expect(parsed.html).not.toBeNull();
      expectReference('html', name, htmlText(parsed.html ?? ''), expected.html);
      // A message without a text part still gets readable text, derived from its HTML.
      if (parsed.textFromHtml) expect(parsed.text).toBe(await htmlToText(parsed.html ?? ''));
    }
  });
});
