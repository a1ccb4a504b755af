import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a burst through at once, then paces the rest to the rate, in order', async () => {
    let t = 0;
    const bucket = new TokenBucket(10, 3, () => t);
    const order: number[] = [];
    const takes = Array.from({ length: 5 }, (_, i) => bucket.take().then(() => order.push(i)));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([0, 1, 2]);
    t += 100;
    await new Promise((resolve) => setTimeout(resolve, 120));
    t += 100;
    await Promise.all(takes);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
