import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../context.js';
import type { Db } from '../../db/client.js';
import { authenticate } from '../../http/authenticate.js';
import { contentDisposition, renderReminderLetter } from './reminder-letter.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The reminder letter (công văn đôn đốc) of a reporting period, as DOCX. */
export function registerReminderRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/reporting/periods/:id/reminder-letter.docx',
    {
      onRequest: authenticate(deps),
      schema: {
        tags: ['reporting'],
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ newDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd').optional() }),
      },
    },
    async (request, reply) => {
      const letter = await renderReminderLetter(request.ctx, request.params.id, { newDueOn: request.query.newDue });
      reply.header('content-type', DOCX).header('content-disposition', contentDisposition(letter.filename));
      return reply.send(letter.bytes);
    },
  );
}
