import type { CustomField } from '@atiende/contracts';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api-error';
import { moveErrorMessage } from './move-error';

const t = ((key: string, values?: { fields?: string }) =>
  values?.fields === undefined ? `t:${key}` : `t:${key}: ${values.fields}`) as unknown as TFunction;
const field = (id: string, name: string): CustomField => ({
  id,
  name,
  kind: 'dropdown',
  options: [],
  requiredOnSolve: true,
  position: 0,
  archived: false,
});

describe('moveErrorMessage', () => {
  it('names the empty required fields in the agent language, from the workspace config', () => {
    const required = new ApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'Invalid input',
        issues: [
          { path: 'customFields.a', message: '"Módulo" is required to solve the ticket' },
          { path: 'customFields.b', message: '"Producto" is required to solve the ticket' },
        ],
      },
    });
    expect(moveErrorMessage(t, required, [field('a', 'Módulo'), field('b', 'Producto')])).toBe(
      't:board.move.requiredFields: Módulo, Producto',
    );
  });

  it('shows what rule a refused drop broke: every field issue, else the server message', () => {
    const required = new ApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'Invalid input',
        issues: [
          { path: 'customFields.a', message: '"Módulo" is required to solve the ticket' },
          { path: 'customFields.b', message: '"Producto" is required to solve the ticket' },
        ],
      },
    });
    // Without the config the fields' own messages are the best there is.
    expect(moveErrorMessage(t, required)).toBe(
      't:board.move.requiredFields: "Módulo" is required to solve the ticket, "Producto" is required to solve the ticket',
    );
    const closed = new ApiError(409, {
      error: { code: 'conflict', message: 'A closed ticket cannot change' },
    });
    expect(moveErrorMessage(t, closed)).toBe('A closed ticket cannot change');
  });

  it('translates permission and network failures instead', () => {
    const forbidden = new ApiError(403, { error: { code: 'forbidden', message: 'Forbidden' } });
    expect(moveErrorMessage(t, forbidden)).toBe('t:errors.forbidden');
    expect(moveErrorMessage(t, new TypeError('Failed to fetch'))).toBe('t:errors.network');
  });
});
