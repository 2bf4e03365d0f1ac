import { daySchema } from '../../src/domain/shared/fields.schema';

describe('daySchema', () => {
  it('takes real days only, leap days included', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31']) expect(daySchema.safeParse(d).success).toBe(true);
    for (const d of ['2026-02-29', '2026-02-30', '2026-04-31', '1900-02-29', '2026-13-01', '2026-1-5', 'abc', '']) expect(daySchema.safeParse(d).success).toBe(false);
  });
});
