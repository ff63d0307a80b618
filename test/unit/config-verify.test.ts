import { describe, expect, it } from 'vitest';
import { Problems } from '../../src/config/problems.js';
import {
  DEFAULT_CHECK_TIMEOUT,
  DEFAULT_TIME_TO_READY,
  readVerifyBlock,
  verifyFor,
} from '../../src/config/verify.js';

function read(value: unknown, cloud?: 'gcp' | 'azure' | 'aws') {
  const problems = new Problems();
  const path = cloud ? [cloud, 'verify'] : ['verify'];
  const block = readVerifyBlock(problems, path, value, cloud);
  return { block, problems: problems.list.map((p) => `${p.field}: ${p.message}`) };
}

describe('verify: in worker-image.yml', () => {
  it('reads checks as commands or with their own time limit, and the budget', () => {
    const { block, problems } = read({
      checks: {
        docker: 'docker info',
        'root-image': { run: 'docker image inspect {{ global.docker_root_image }}', timeout: '2m' },
      },
      'time-to-ready': '90s',
      'on-failure': 'warn',
    });
    expect(problems).toEqual([]);
    expect(block).toEqual({
      checks: [
        { name: 'docker', run: 'docker info', timeout: DEFAULT_CHECK_TIMEOUT },
        {
          name: 'root-image',
          run: 'docker image inspect {{ global.docker_root_image }}',
          timeout: 120_000,
        },
      ],
      timeToReady: 90_000,
      onFailure: 'warn',
    });
  });

  it('a cloud adds its checks, replaces one of the same name, and names its VM type', () => {
    const shared = read({ checks: { docker: 'docker info', disk: 'df -h /' } }).block;
    const gcp = read(
      {
        checks: {
          gpu: 'nvidia-smi',
          disk: 'test "$(df --output=size -BG / | tail -1 | tr -dc 0-9)" -ge 100',
        },
        'machine-type': 'n1-standard-4',
      },
      'gcp',
    ).block;
    const merged = verifyFor(shared, gcp)!;
    expect(merged.checks.map((c) => c.name)).toEqual(['docker', 'disk', 'gpu']);
    expect(merged.checks[1]!.run).toMatch(/-ge 100/);
    expect(merged).toMatchObject({
      timeToReady: DEFAULT_TIME_TO_READY,
      onFailure: 'fail',
      vmType: 'n1-standard-4',
    });
    expect(verifyFor(undefined, undefined)).toBeUndefined();
  });

  it('refuses each mistake at its field, with what to write', () => {
    const { block, problems } = read({
      checks: {
        Docker_Info: 'docker info',
        empty: '   ',
        typo: '{{ global.docker_root_image | uper }}',
        unclosed: '{% if gpu %}nvidia-smi',
        number: 3,
        slow: { run: 'sleep 1', timeout: '2h' },
        nocommand: { timeout: '10s' },
      },
      'time-to-ready': 'soon',
      'on-failure': 'ignore',
      'machine-type': 'n1-standard-4',
    });
    expect(block).toBeUndefined();
    expect(problems).toEqual([
      'verify.machine-type: the VM type to verify on is set per cloud: gcp.verify.machine-type',
      expect.stringMatching(/^verify\.checks\.Docker_Info: a check name is lowercase letters/),
      'verify.checks.empty: the command is empty: write the shell command the check runs, e.g. docker info',
      expect.stringMatching(
        /^verify\.checks\.typo: .*unknown filter \|uper .*did you mean \|upper\?/,
      ),
      expect.stringMatching(/^verify\.checks\.unclosed: .*(endif|end of template)/),
      'verify.checks.number: must be a command, or a mapping with run: and timeout: (got 3)',
      expect.stringMatching(/^verify\.checks\.slow\.timeout: must be from 1s to 1h/),
      'verify.checks.nocommand.run: required',
      expect.stringMatching(/^verify\.time-to-ready: must be a duration such as "90s"/),
      'verify.on-failure: must be one of fail, warn (got "ignore")',
    ]);
  });

  it('names the VM type key each cloud uses', () => {
    expect(read({ 'vm-size': 'Standard_NC6s_v3' }, 'azure').block?.vmType).toBe('Standard_NC6s_v3');
    expect(read({ 'instance-type': 'g4dn.xlarge' }, 'aws').block?.vmType).toBe('g4dn.xlarge');
    expect(read({ 'instance-type': 'g4dn.xlarge' }, 'gcp').problems).toEqual([
      "gcp.verify.instance-type: instance-type is aws's name for the VM type; on gcp write machine-type",
    ]);
  });
});
