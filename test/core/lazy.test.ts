import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../src/core/lazy.js';

describe('lazy', () => {
  it('imports nothing until called, then once, however many calls', async () => {
    const importer = vi.fn(async () => ({ value: 1 }));
    const load = lazy(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(load.started).toBe(false);
    expect(load.loaded).toBeUndefined();
    const first = load();
    const second = load();
    expect(load.started).toBe(true);
    expect(second).toBe(first);
    expect(load.loaded).toBeUndefined();
    const module = await first;
    expect(load.loaded).toBe(module);
    await load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('hands every caller the same failure, and never loads', async () => {
    const importer = vi.fn(async () => {
      throw new Error('cannot load');
    });
    const load = lazy(importer);
    await expect(load()).rejects.toThrow('cannot load');
    await expect(load()).rejects.toThrow('cannot load');
    expect(load.loaded).toBeUndefined();
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
