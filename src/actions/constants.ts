/** Every action input, output and state key, named once. */
export const Inputs = {
  Config: 'config',
  Cloud: 'cloud',
  ImageName: 'image-name',
  Namespace: 'namespace',
  Version: 'version',
  Overwrite: 'overwrite',
  Variables: 'variables',
  Template: 'template',
  Project: 'project',
  Zone: 'zone',
  MachineType: 'machine-type',
  SourceImage: 'source-image',
  SourceImageFamily: 'source-image-family',
  SourceImageProject: 'source-image-project',
  ImageFamily: 'image-family',
  Region: 'region',
  TargetRegions: 'target-regions',
  ManifestPath: 'manifest-path',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  ImageName: 'image-name',
  ImageId: 'image-id',
  Version: 'version',
  SourceImage: 'source-image',
  ManifestPath: 'manifest-path',
} as const;

export const State = {
  /** JSON list of resources the main step created and has not deleted yet. */
  Resources: 'resources',
} as const;
