import { readdirSync } from 'node:fs';
import type { Endpoint } from '../../common/contracts/endpoint.js';

/** Every endpoint declared in common/contracts, by its export name: the route table the sweeping tests walk. */
export async function loadEndpoints(): Promise<Array<[string, Endpoint]>> {
  const folder = new URL('../../common/contracts/', import.meta.url);
  const modules = await Promise.all(
    readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => import(new URL(file, folder).href) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((module) =>
    Object.entries(module).filter(
      (entry): entry is [string, Endpoint] =>
        typeof entry[1] === 'object' && entry[1] !== null && 'path' in entry[1] && 'method' in entry[1],
    ),
  );
}
