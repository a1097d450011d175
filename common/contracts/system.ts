import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { IsoDate } from './primitives.js';

export const health = endpoint({
  method: 'GET',
  path: '/api/health',
  summary: 'Tình trạng máy chủ / Liveness: the database answers',
  tags: ['system'],
  auth: 'public',
  response: z.object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgresql']),
    schemaVersion: z.string(),
    today: IsoDate,
  }),
});
