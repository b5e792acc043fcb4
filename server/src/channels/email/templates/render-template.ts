import Mustache from 'mustache';

type View = Record<string, unknown>;

/** Builds Mustache's nested view from flat dotted keys, with no prototype to read from. */
function toView(values: Readonly<Record<string, string>>): View {
  const root = Object.create(null) as View;
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (next === null || typeof next !== 'object') {
        const child = Object.create(null) as View;
        node[part] = child;
        node = child;
      } else {
        node = next as View;
      }
    }
    node[parts.at(-1) ?? key] = value;
  }
  return root;
}

/** A template that Mustache cannot parse (e.g. an unclosed `{{`), with its message. */
export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError';
}

function parse(template: string): Mustache.TemplateSpans {
  try {
    return Mustache.parse(template);
  } catch (error) {
    throw new TemplateSyntaxError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * Fills `{{placeholder}}` names (Mustache) in a plain-text template from flat dotted `values`
 * (`contact.first_name`). Values are inserted as text and never interpreted, without HTML
 * escaping (the output is plain text; HTML bodies are made from it with escaping). Unknown
 * placeholders render as ''. Throws TemplateSyntaxError for a malformed template.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  parse(template);
  return Mustache.render(template, toView(values), {}, { escape: (text: string) => text });
}

function collectNames(spans: Mustache.TemplateSpans, into: Set<string>): void {
  for (const span of spans) {
    const [type, value] = span;
    if (type === 'name' || type === '&' || type === '#' || type === '^') into.add(value);
    const children = span[4];
    if (Array.isArray(children)) collectNames(children, into);
  }
}

/**
 * Placeholder names used in a template that are not in `known`, for validation when a template
 * is saved. Throws TemplateSyntaxError when the template cannot be parsed.
 */
export function unknownPlaceholders(template: string, known: readonly string[]): string[] {
  const names = new Set<string>();
  collectNames(parse(template), names);
  return [...names].filter((name) => !known.includes(name));
}
