import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../db/schema/organisations.js';
import { focalOfficials, spokespersons } from '../../db/schema/reporting.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-06-02' });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

const post = (url: string, payload: Record<string, unknown>) => coordinator.inject({ method: 'POST', url, payload });

describe('a dated post changes hands without a gap or an overlap', () => {
  it('a new focal officer ends the current one’s term the day before; an earlier start is refused', async () => {
    const [agency] = await t.database.db.select({ id: agencies.id }).from(agencies).limit(1);
    const url = '/api/reporting/focal-officials';
    const person = (fullName: string, validFrom: string) => ({
      agencyId: agency!.id,
      kind: 'officer',
      fullName,
      phone: '0207 3822 111',
      validFrom,
    });
    expect((await post(url, person('Nguyễn Thị Hoà', '2025-03-01'))).statusCode).toBe(201);
    expect((await post(url, person('Trần Văn Bình', '2025-06-01'))).statusCode).toBe(201);
    const refused = await post(url, person('Lê Minh', '2025-05-15'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('START_BEFORE_CURRENT_HOLDER');
    const terms = await t.database.db
      .select({
        fullName: focalOfficials.fullName,
        validFrom: focalOfficials.validFrom,
        validTo: focalOfficials.validTo,
      })
      .from(focalOfficials)
      .where(and(eq(focalOfficials.agencyId, agency!.id), eq(focalOfficials.kind, 'officer')))
      .orderBy(focalOfficials.validFrom);
    expect(terms.slice(-2)).toEqual([
      { fullName: 'Nguyễn Thị Hoà', validFrom: '2025-03-01', validTo: '2025-05-31' },
      { fullName: 'Trần Văn Bình', validFrom: '2025-06-01', validTo: null },
    ]);
  });

  it('the same rule for a spokesperson; an unknown agency is named as not found', async () => {
    const [agency] = await t.database.db.select({ id: agencies.id }).from(agencies).offset(1).limit(1);
    const url = '/api/reporting/spokespersons';
    const person = (agencyId: number, fullName: string, validFrom: string) => ({
      agencyId,
      fullName,
      title: 'Phó Giám đốc',
      phone: '0207 3822 222',
      validFrom,
    });
    expect((await post(url, person(agency!.id, 'Hoàng Văn Sơn', '2025-01-02'))).statusCode).toBe(201);
    expect((await post(url, person(agency!.id, 'Đỗ Thu Trang', '2025-04-01'))).statusCode).toBe(201);
    expect((await post(url, person(agency!.id, 'Vũ An', '2025-04-01'))).json().error.code).toBe(
      'START_BEFORE_CURRENT_HOLDER',
    );
    const open = await t.database.db
      .select({ fullName: spokespersons.fullName, validTo: spokespersons.validTo })
      .from(spokespersons)
      .where(eq(spokespersons.agencyId, agency!.id))
      .orderBy(spokespersons.validFrom);
    expect(open.at(-2)).toEqual({ fullName: 'Hoàng Văn Sơn', validTo: '2025-03-31' });
    expect(open.at(-1)).toEqual({ fullName: 'Đỗ Thu Trang', validTo: null });
    const missing = await post(url, person(999_999, 'Không Có', '2025-04-01'));
    expect(missing.statusCode).toBe(404);
  });
});
