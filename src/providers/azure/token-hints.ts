import type { TokenCredential } from '@azure/core-auth';

/** The issuer of GitHub Actions' ID tokens. */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** No federated credential of the app trusts this job's issuer and subject: which to add. */
const untrusted = (issuer: string | undefined, subject: string | undefined): string =>
  `the app registration (azure.client-id) has no federated credential that trusts this job: ` +
  `add one with issuer ${issuer ?? GITHUB_ISSUER} and subject ` +
  `${subject ?? 'repo:ORG/REPO:ref:refs/heads/BRANCH'} (a job with an environment presents ` +
  `repo:ORG/REPO:environment:NAME, a pull request repo:ORG/REPO:pull_request)`;

/** What to check for the Entra ID (AADSTS) errors a misconfigured login gives, by code. */
const HINTS: Record<string, (m: string) => string> = {
  // Entra's answer when the subject matches no federated credential (700213), and its older
  // combined one naming issuer and subject (70021).
  '700213': (m) => untrusted(undefined, /assertion subject '([^']*)'/.exec(m)?.[1]),
  '70021': (m) =>
    untrusted(
      /Assertion Issuer: '([^']*)'/.exec(m)?.[1],
      /Assertion Subject: '([^']*)'/.exec(m)?.[1],
    ),
  '700211': (m) =>
    "no federated credential of the app registration (azure.client-id) has the issuer this job's " +
    `ID token names (${/assertion issuer '([^']*)'/.exec(m)?.[1] ?? 'see below'}): GitHub's is ` +
    `${GITHUB_ISSUER}, with no trailing slash`,
  '700016': () =>
    'azure.client-id is not an app registration in azure.tenant-id: check both (the ' +
    "application (client) id and the directory (tenant) id on the app's overview page)",
  '90002': () => 'azure.tenant-id names no tenant of this cloud: check it (and authority-host)',
  '7000215': () =>
    'the client secret is wrong or expired: set its value (not its secret id) in AZURE_CLIENT_SECRET',
  '700024': () =>
    "the job's ID token was not valid when it was exchanged: check the runner's clock",
  '700212': () =>
    "the job's ID token is not for api://AzureADTokenExchange, the audience a federated credential takes",
};

/**
 * The credential, with what to fix put before the identity platform's own message when a
 * token request fails with an error a misconfigured login gives (AADSTS700213: no federated
 * credential for this subject, ...). The error's cause is the SDK's.
 */
export function withTokenHints(credential: TokenCredential): TokenCredential {
  return {
    getToken: async (scopes, options) => {
      try {
        return await credential.getToken(scopes, options);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const code = /AADSTS(\d+)/.exec(message)?.[1];
        const hint = code ? HINTS[code] : undefined;
        if (!hint) throw err;
        throw new Error(`Azure login failed: ${hint(message)}. ${message}`, { cause: err });
      }
    },
  };
}
