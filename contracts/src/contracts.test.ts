import { describe, expect, it } from 'vitest';
import {
  CreateContactInput,
  CreateMessageInput,
  formatTicketNumber,
  TicketListQuery,
  UpdateTicketInput,
} from './index';

describe('shared schemas', () => {
  it('reads comma-separated and repeated filters from a query string', () => {
    expect(TicketListQuery.parse({ status: 'new,open', priority: ['high', 'low'] })).toMatchObject({
      status: ['new', 'open'],
      priority: ['high', 'low'],
      sort: 'updated_desc',
      limit: 50,
    });
    expect(TicketListQuery.safeParse({ status: 'new,lost' }).success).toBe(false);
    expect(TicketListQuery.parse({ status: '' }).status).toBeUndefined();
  });

  it('needs an email or a phone for a contact, and names the field', () => {
    const result = CreateContactInput.safeParse({ name: 'Ana' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['email']);
    expect(CreateContactInput.parse({ name: 'Ana', email: 'ANA@X.EXAMPLE' }).email).toBe('ana@x.example');
  });

  it('refuses empty messages and empty updates', () => {
    expect(CreateMessageInput.safeParse({ kind: 'reply', bodyText: '   ' }).success).toBe(false);
    expect(
      CreateMessageInput.safeParse({ kind: 'note', bodyText: '', attachmentIds: [crypto.randomUUID()] })
        .success,
    ).toBe(true);
    expect(UpdateTicketInput.safeParse({}).success).toBe(false);
  });

  it('normalises tags and formats ticket numbers', () => {
    expect(UpdateTicketInput.parse({ tags: [' VIP '] }).tags).toEqual(['vip']);
    expect(UpdateTicketInput.safeParse({ tags: ['con espacio'] }).success).toBe(false);
    expect(formatTicketNumber(1234)).toBe('#1234');
  });
});
