import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Attachment, Id } from '@atiende/contracts';
import { storeAttachment } from '../../commands/attachments/store-attachment';
import { attachments } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import type { ApiDeps } from '../deps';
import { AGENT_OR_TOKEN, authOf } from '../plugins/auth-modes';

/** Types a browser may render inline; everything else downloads, so an uploaded HTML file cannot run. */
const INLINE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
]);

/** /api/attachments: upload (multipart, field `file`) and download. */
export function attachmentRoutes({ database: { db }, store, config }: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['attachments'];
    app.post(
      '/attachments',
      {
        config: { auth: AGENT_OR_TOKEN },
        schema: { tags, consumes: ['multipart/form-data'], response: { 201: Attachment } },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new AppError(
            'unsupported_media_type',
            'Send the file as multipart/form-data in a field named "file"',
          );
        }
        const file = await request.file({ limits: { fileSize: config.maxAttachmentBytes + 1, files: 1 } });
        if (file?.fieldname !== 'file') {
          throw new AppError('validation_failed', 'No file in field "file"', [
            { path: 'file', message: 'Required' },
          ]);
        }
        const saved = await storeAttachment(
          db,
          store,
          authOf(request),
          { filename: file.filename, contentType: file.mimetype, stream: file.file },
          config.maxAttachmentBytes,
        );
        return reply.status(201).send(saved);
      },
    );
    app.get(
      '/attachments/:id',
      { config: { auth: AGENT_OR_TOKEN }, schema: { tags, params: z.object({ id: Id }) } },
      async (request, reply) => {
        const ctx = authOf(request);
        const [row] = await db
          .select()
          .from(attachments)
          .where(and(eq(attachments.workspaceId, ctx.workspaceId), eq(attachments.id, request.params.id)));
        if (!row) throw notFound('Attachment');
        const disposition = INLINE_TYPES.has(row.contentType) ? 'inline' : 'attachment';
        return reply
          .header('content-type', row.contentType)
          .header('content-length', String(row.size))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header(
            'content-disposition',
            `${disposition}; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
          )
          .send(store.open(row.storageKey));
      },
    );
  };
}
