import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Jinja2Case {
  source: string;
  variables?: Record<string, unknown>;
  /**
   * The variables as JSON text, used instead of `variables`: Python's json reads `1.0` as a
   * float and `1` as an int, a difference a JavaScript object cannot carry.
   */
  variablesJson?: string;
}

export type Jinja2Result = { output: string } | { error: string };

export const MISSING_JINJA2 =
  'python3 with jinja2 renders the reference output: apt-get install -y python3-jinja2';

/** A template Jinja2 is still rendering after this long fails with TimeoutError. */
const CASE_TIMEOUT_SECONDS = 5;

/**
 * The renderer users' build scripts call today, and a `shquote` with our semantics: always
 * single-quote, `'` → `'\''` (shlex.quote leaves safe words bare and quotes differently).
 * It answers each line of stdin (a JSON list of cases) with one line of results.
 */
const SCRIPT = String.raw`
import json, signal, sys
try:
    import jinja2
except ImportError:
    sys.exit(3)

def shquote(value):
    if isinstance(value, (list, tuple, dict)):
        raise TypeError('shquote quotes a single value')
    return "'" + str(value).replace("'", "'\\''") + "'"

def too_slow(signum, frame):
    raise TimeoutError('still rendering after ${CASE_TIMEOUT_SECONDS} s')

signal.signal(signal.SIGALRM, too_slow)
env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
env.filters['shquote'] = shquote

def render(case):
    if 'variablesJson' in case:
        variables = json.loads(case['variablesJson'])
    else:
        variables = case.get('variables', {})
    signal.setitimer(signal.ITIMER_REAL, ${CASE_TIMEOUT_SECONDS})
    try:
        return {'output': env.from_string(case['source']).render(variables)}
    except Exception as e:
        return {'error': type(e).__name__ + ': ' + str(e)}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

for line in sys.stdin.buffer:
    results = [render(case) for case in json.loads(line.decode('utf-8'))]
    sys.stdout.write(json.dumps(results) + '\n')
    sys.stdout.flush()
`;

/**
 * The first python with jinja2: `python3` on PATH (which may be a pyenv build), else Debian's
 * /usr/bin/python3, where `apt-get install python3-jinja2` puts it.
 */
function pythonWithJinja2(): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import jinja2']).status === 0) return python;
  }
  return 'python3';
}

interface Pending {
  resolve: (results: Jinja2Result[]) => void;
  reject: (err: Error) => void;
}

/**
 * One python3-jinja2 process that renders batch after batch (a process per template would
 * cost far more than the rendering). Batches are answered in the order they were sent.
 */
export class Jinja2 {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private stdout = '';
  private stderr = '';
  private failure: Error | undefined;

  constructor() {
    this.child = spawn(pythonWithJinja2(), ['-c', SCRIPT]);
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.on('error', (err) => this.fail(new Error(`${MISSING_JINJA2} (${err.message})`)));
    this.child.on('close', (code) =>
      this.fail(
        code === 3
          ? new Error(MISSING_JINJA2)
          : new Error(`python3 stopped (exit ${code}): ${this.stderr}`),
      ),
    );
    // A dead process is reported by 'close'; writing to it must not crash the test run.
    this.child.stdin.on('error', () => undefined);
  }

  /** Renders every case; a template Jinja2 cannot render gives `{ error }`. */
  render(cases: Jinja2Case[]): Promise<Jinja2Result[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(JSON.stringify(cases) + '\n');
    });
  }

  /** Ends the process once it has answered everything sent. */
  close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }

  private receive(chunk: string): void {
    this.stdout += chunk;
    for (let end = this.stdout.indexOf('\n'); end !== -1; end = this.stdout.indexOf('\n')) {
      const line = this.stdout.slice(0, end);
      this.stdout = this.stdout.slice(end + 1);
      this.pending.shift()?.resolve(JSON.parse(line) as Jinja2Result[]);
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiting of this.pending.splice(0)) waiting.reject(this.failure);
  }
}

/** Renders every case with python3-jinja2 in one process. */
export async function renderWithJinja2(cases: Jinja2Case[]): Promise<Jinja2Result[]> {
  const jinja2 = new Jinja2();
  try {
    return await jinja2.render(cases);
  } finally {
    await jinja2.close();
  }
}
