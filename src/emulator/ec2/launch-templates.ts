import type { Action } from './context.js';
import { Ec2Error, invalidParameter, stopIfDryRun } from './errors.js';
import { filtersOf } from './query.js';

/**
 * DescribeLaunchTemplates
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLaunchTemplates.html).
 * The emulator has no launch templates (it emulates no CreateLaunchTemplate), so the answer is an
 * empty `launchTemplates` set, and a template asked for by id or name does not exist:
 * - `LaunchTemplateId.N` not of the form `lt-` + 17 hex digits: InvalidLaunchTemplateId.Malformed
 *   (the error codes page; its description serves as the message);
 * - any other id: InvalidLaunchTemplateId.NotFound, "The specified launch template, with template
 *   ID lt-…, does not exist." (EC2's wording, verified against AWS in getmoto/moto's
 *   test_describe_launch_template_versions_by_id_not_found);
 * - `LaunchTemplateName.N` outside EC2's name rule: InvalidLaunchTemplateName.MalformedException,
 *   worded as EC2 answers it (github-aws-runners/terraform-aws-github-runner#932);
 * - any other name: InvalidLaunchTemplateName.NotFoundException, "At least one of the launch
 *   templates specified in the request does not exist." (as EC2 answered it in
 *   alchemy-run's observed failure and getmoto/moto's tests).
 * The documented filters are create-time, launch-template-name, tag:<key> and tag-key; others are
 * refused. MaxResults is 1 to 200 here (the reference's range); no NextToken was ever handed out,
 * so any is refused. Those two wordings are the emulator's own.
 */
const TEMPLATE_ID = /^lt-[0-9a-f]{17}$/;
const TEMPLATE_NAME = /^[a-zA-Z0-9()./_-]{3,128}$/;
const FILTERS = new Set(['create-time', 'launch-template-name', 'tag-key']);

function checkPaging(q: { get(name: string): string | undefined }): void {
  const raw = q.get('MaxResults');
  if (raw !== undefined) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 200) {
      throw invalidParameter(
        `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value between 1 and 200.`,
      );
    }
  }
  const token = q.get('NextToken');
  if (token !== undefined) {
    throw invalidParameter(
      `Value (${token}) for parameter NextToken is invalid. The token is invalid.`,
    );
  }
}

function describeLaunchTemplates(): Action {
  return (req) => {
    const { q } = req;
    for (const f of filtersOf(q)) {
      if (!FILTERS.has(f.name) && !f.name.startsWith('tag:')) {
        throw invalidParameter(`The filter '${f.name}' is invalid`);
      }
    }
    checkPaging(q);
    const ids = q.list('LaunchTemplateId');
    if (ids.some((id) => !TEMPLATE_ID.test(id))) {
      throw new Ec2Error(
        'InvalidLaunchTemplateId.Malformed',
        'The ID for the launch template is malformed. Ensure that you specify the launch template ID in the form lt-xxxxxxxxxxxxxxxxx.',
      );
    }
    if (ids.length > 0) {
      throw new Ec2Error(
        'InvalidLaunchTemplateId.NotFound',
        `The specified launch template, with template ID ${ids[0]}, does not exist.`,
      );
    }
    const names = q.list('LaunchTemplateName');
    if (names.some((name) => !TEMPLATE_NAME.test(name))) {
      throw new Ec2Error(
        'InvalidLaunchTemplateName.MalformedException',
        'A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _.',
      );
    }
    if (names.length > 0) {
      throw new Ec2Error(
        'InvalidLaunchTemplateName.NotFoundException',
        'At least one of the launch templates specified in the request does not exist.',
      );
    }
    stopIfDryRun(req);
    return { launchTemplates: [] };
  };
}

export function launchTemplateActions(): Record<string, Action> {
  return { DescribeLaunchTemplates: describeLaunchTemplates() };
}
