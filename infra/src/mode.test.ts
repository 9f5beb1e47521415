import { describe, expect, it, vi } from 'vitest';
import { chooseMode } from './mode.ts';

describe('chooseMode', () => {
  it('picks docker when the engine answers and local when it does not', async () => {
    expect(await chooseMode({}, () => Promise.resolve(true))).toBe('docker');
    expect(await chooseMode({}, () => Promise.resolve(false))).toBe('local');
  });

  it('lets CHARTROOM_SERVICES_MODE force a mode without probing docker', async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    expect(await chooseMode({ CHARTROOM_SERVICES_MODE: 'local' }, probe)).toBe('local');
    expect(await chooseMode({ CHARTROOM_SERVICES_MODE: 'docker' }, probe)).toBe('docker');
    expect(probe).not.toHaveBeenCalled();
  });

  it('probes when the variable is empty and rejects unknown values', async () => {
    expect(await chooseMode({ CHARTROOM_SERVICES_MODE: '' }, () => Promise.resolve(false))).toBe('local');
    await expect(
      chooseMode({ CHARTROOM_SERVICES_MODE: 'podman' }, () => Promise.resolve(false)),
    ).rejects.toThrow(/not one of: local, docker/);
  });
});
