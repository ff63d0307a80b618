import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PipelineInputs, PipelineOutputs } from '../../src/actions/pipeline/names.js';

describe('the root action.yml', () => {
  const action = YAML.parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    runs: { main: string; post: string };
  };

  it('declares exactly the inputs and outputs the code reads and sets', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(PipelineInputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(PipelineOutputs).sort());
  });

  it('runs the pipeline bundle with a post step for cleanup', () => {
    expect(action.runs).toMatchObject({
      main: 'dist/pipeline/index.js',
      post: 'dist/pipeline/post.js',
    });
  });
});
