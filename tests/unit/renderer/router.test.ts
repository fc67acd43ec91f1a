import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../../../renderer/src/router';

describe('plan addresses: ?item= and ?block=', () => {
  const id = '6f1c2b9e-8d7a-4c3b-9a2e-1f0e5d4c3b2a';

  it('one builder writes both places, and the route reads them back', () => {
    expect(paths.plan(id)).toBe(`/plans/${id}`);
    expect(paths.plan(id, { item: 'item 1/一' })).toBe(`/plans/${id}?item=item%201%2F%E4%B8%80`);
    expect(paths.plan(id, { block: 32 })).toBe(`/plans/${id}?block=32`);
    expect(parseRoute(`/plans/${id}`, '?item=item%201%2F%E4%B8%80')).toEqual({ name: 'plan', id, item: 'item 1/一', block: null });
    expect(parseRoute(`/plans/${id}`, '?block=32&token=abc')).toEqual({ name: 'plan', id, item: null, block: 32 });
  });

  it('a block that is not a whole number opens the plan at its top', () => {
    for (const bad of ['-1', '3.5', 'abc', '', '12345678']) expect(parseRoute(`/plans/${id}`, `?block=${bad}`)).toMatchObject({ block: null });
  });
});
