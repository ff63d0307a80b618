import { runDemo } from './demo.js';

try {
  await runDemo();
} catch (err) {
  process.stderr.write(`npm start failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
