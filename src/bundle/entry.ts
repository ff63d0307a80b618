// The one bundle dist/ ships (dist/lib/index.js): each action's main and post step and the
// CLI, behind dynamic imports, so a step loads only its own code and the SDK of the cloud it
// touches; the chunks (GCE, Azure, AWS, ...) exist once for all the actions.
import '../shim/dirname.js';

type Step = () => Promise<void>;
type Phases = { main: () => Promise<Step>; post?: () => Promise<Step> };

/** dist/<name>/index.js runs `main`, dist/<name>/post.js runs `post` (see scripts/actions.mjs). */
const ACTIONS: Record<string, Phases> = {
  pipeline: {
    main: async () => (await import('../actions/pipeline/main.js')).main,
    post: async () => (await import('../actions/pipeline/post.js')).post,
  },
  'bake-image': {
    main: async () => (await import('../actions/bake-image/main.js')).main,
    post: async () => (await import('../actions/bake-image/post.js')).post,
  },
  'replicate-gallery-version': {
    main: async () => (await import('../actions/replicate-gallery-version/main.js')).main,
  },
  'share-image': {
    main: async () => (await import('../actions/share-image/main.js')).main,
  },
  'verify-image': {
    main: async () => (await import('../actions/verify-image/main.js')).main,
    post: async () => (await import('../actions/verify-image/post.js')).post,
  },
  'bump-version-reference': {
    main: async () => (await import('../actions/bump-version-reference/main.js')).main,
  },
};

/** Runs one action's step, as its stub in dist/<action>/ asks. */
export async function run(action: string, phase: 'main' | 'post'): Promise<void> {
  const load = Object.hasOwn(ACTIONS, action) ? ACTIONS[action]![phase] : undefined;
  if (!load) throw new Error(`worker-image bundle: no ${phase} step for action ${action}`);
  await (
    await load()
  )();
}

/** The CLI (bin/worker-image.js): exit code of the command. */
export async function cli(argv: string[]): Promise<number> {
  if (argv[0] === 'emulator') {
    // Left out of the bundle (see src/cli.ts): bin/worker-image.js runs it from lib/.
    process.stderr.write('worker-image emulator: run it with bin/worker-image.js (after npm ci)\n');
    return 1;
  }
  const { cli: run } = await import('../cli.js');
  return run(argv);
}
