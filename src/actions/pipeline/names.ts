/** The root action's inputs and outputs, named once (a test keeps action.yml in step). */
export const PipelineInputs = {
  Config: 'config',
  Clouds: 'clouds',
  Namespace: 'namespace',
  Version: 'version',
  DryRun: 'dry-run',
  Mode: 'mode',
  OlderThan: 'older-than',
  Verify: 'verify',
} as const;

export const PipelineOutputs = {
  Images: 'images',
  ManifestPath: 'manifest-path',
  Plan: 'plan',
  Leaks: 'leaks',
  Pruned: 'pruned',
  Verified: 'verified',
} as const;
