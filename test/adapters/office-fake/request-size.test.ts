/**
 * The fake sizes each request the way office.js serialises it: for the actions Fordel repeats, the
 * fake's figure is within 2 % of what office.js's own request builder produces (bench/office-js-requests.ts).
 */
import { loadOfficeJs, SAMPLES } from '../../../bench/office-js-requests';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';

const office = loadOfficeJs();

async function fakeBytes(batch: (ctx: Excel.RequestContext) => void): Promise<number> {
  const fake = new FakeExcel(
    [
      { name: 'Fordeling', rows: [['a']] },
      { name: 'Fordel-fund', rows: [['b']] },
      // Off the web: the size is measured, not refused.
    ],
    { platform: 'windows' },
  );
  await fake.run(async (ctx) => {
    batch(ctx);
    await ctx.sync();
  });
  return fake.requests[0];
}

describe('the fake request size against office.js', () => {
  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s', async (_, sample) => {
    for (const n of sample.per > 1 ? [1, 3] : [1, 200]) {
      const real = await office.requestBytes(sample.batch(n));
      const fake = await fakeBytes(sample.batch(n));
      expect(real).toBeGreaterThan(0);
      expect(Math.abs(fake - real) / real).toBeLessThan(0.02);
    }
  });
});
