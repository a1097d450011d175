import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ kind: 'empty' });
});
afterAll(() => t.close());

type Operation = {
  summary?: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

describe('/api/docs/json', () => {
  it('declares a 2xx response schema and the error shape for every operation', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(60);
    for (const { name, op } of operations) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length, `${name} has a 2xx response`).toBe(1);
      const content = Object.values(success[0]![1].content ?? {});
      expect(content.length, `${name} describes its 2xx body`).toBeGreaterThan(0);
      expect(content[0]!.schema, `${name} has a 2xx schema`).toBeTruthy();
      expect(op.responses['4XX'] ?? op.responses['4xx'], `${name} describes its errors`).toBeTruthy();
      expect(op.summary, `${name} says what it does`).toBeTruthy();
    }
  });
});
