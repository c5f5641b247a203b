import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevWarnings, warnDev } from '../../packages/charts/src/dev/warnDev';

describe('warnDev', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    resetDevWarnings();
  });

  it('warns once per distinct message outside production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnDev('a');
    warnDev('a');
    warnDev('b');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toBe('[@yhdyspinta/charts] a');
  });

  it('is silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnDev('c');
    expect(warn).not.toHaveBeenCalled();
  });
});
