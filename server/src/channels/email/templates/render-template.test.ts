import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateSyntaxError, unknownPlaceholders } from './render-template';

describe('renderTemplate', () => {
  const values = { 'contact.first_name': 'Lucía', 'ticket.number': '1234' };

  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(renderTemplate('Hola {{contact.first_name}}, ticket #{{ ticket.number }}.', values)).toBe(
      'Hola Lucía, ticket #1234.',
    );
  });

  it('renders unknown placeholders as empty and leaves single braces alone', () => {
    expect(renderTemplate('a{{nope.x}}b {single} {{Upper}}', values)).toBe('ab {single} ');
  });

  it('never interprets or escapes values: a value that looks like a placeholder stays text', () => {
    expect(renderTemplate('{{contact.first_name}}', { 'contact.first_name': '{{ticket.number}}' })).toBe(
      '{{ticket.number}}',
    );
    expect(renderTemplate('{{contact.first_name}}', { 'contact.first_name': '$& $1 <b>' })).toBe('$& $1 <b>');
  });

  it('does not read inherited properties', () => {
    expect(renderTemplate('{{constructor}}|{{contact.toString}}', values)).toBe('|');
  });

  it('refuses a malformed template with a clear error', () => {
    expect(() => renderTemplate('Hola {{contact.first_name', values)).toThrow(TemplateSyntaxError);
    expect(() => unknownPlaceholders('{{#a}}x', [])).toThrow(/Unclosed section/);
  });

  it('lists unknown placeholders for validation', () => {
    expect(unknownPlaceholders('{{ticket.number}} {{ticket.numero}} {{x}}', ['ticket.number'])).toEqual([
      'ticket.numero',
      'x',
    ]);
  });
});
