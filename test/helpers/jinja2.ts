import { spawn, spawnSync } from 'node:child_process';

export interface Jinja2Case {
  source: string;
  variables: Record<string, unknown>;
}

export type Jinja2Result = { output: string } | { error: string };

export const MISSING_JINJA2 =
  'python3 with jinja2 renders the reference output: apt-get install -y python3-jinja2';

/**
 * The renderer users' build scripts call today, and a `shquote` with our semantics: always
 * single-quote, `'` → `'\''` (shlex.quote leaves safe words bare and quotes differently).
 */
const SCRIPT = String.raw`
import json, sys
try:
    import jinja2
except ImportError:
    sys.exit(3)

def shquote(value):
    if isinstance(value, (list, tuple, dict)):
        raise TypeError('shquote quotes a single value')
    return "'" + str(value).replace("'", "'\\''") + "'"

env = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
env.filters['shquote'] = shquote
results = []
for case in json.loads(sys.stdin.buffer.read().decode('utf-8')):
    try:
        results.append({'output': env.from_string(case['source']).render(case['variables'])})
    except Exception as e:
        results.append({'error': type(e).__name__ + ': ' + str(e)})
sys.stdout.write(json.dumps(results))
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

/** Renders every case with python3-jinja2 in one process. */
export function renderWithJinja2(cases: Jinja2Case[]): Promise<Jinja2Result[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(pythonWithJinja2(), ['-c', SCRIPT]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (err) => reject(new Error(`${MISSING_JINJA2} (${err.message})`)));
    child.on('close', (code) => {
      if (code === 3) reject(new Error(MISSING_JINJA2));
      else if (code !== 0) reject(new Error(`python3 failed (exit ${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as Jinja2Result[]);
    });
    child.stdin.end(JSON.stringify(cases));
  });
}
