import { describe, expect, it } from 'vitest';
import { liveMigrates, scheduling } from '../../src/providers/gcp/maintenance.js';

describe('how a GCE builder or verifier meets host maintenance', () => {
  it('stops on the families with GPUs attached and on bare metal, where GCE cannot live-migrate', () => {
    for (const type of [
      'a2-highgpu-1g',
      'a2-ultragpu-8g',
      'a3-highgpu-8g',
      'a4-highgpu-8g',
      'a4x-highgpu-4g',
      'g2-standard-4',
      'g4-standard-48',
      'c3-highcpu-192-metal',
    ]) {
      expect(scheduling(type), type).toEqual({
        automaticRestart: false,
        onHostMaintenance: 'TERMINATE',
      });
    }
  });

  it('live-migrates every other family, and never restarts', () => {
    for (const type of [
      'n1-standard-4',
      'n2-standard-8',
      'e2-medium',
      'c3-standard-4',
      'n2-custom-4-8192',
    ]) {
      expect(liveMigrates(type), type).toBe(true);
      expect(scheduling(type)).toEqual({ automaticRestart: false, onHostMaintenance: 'MIGRATE' });
    }
  });
});
