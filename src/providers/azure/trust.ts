import { readCaCertificateFile } from '../../config/ca-file.js';
import type { AzureConnection } from './connection.js';

/** TLS that trusts `ca-certificate` too (Resource Manager's and the identity platform's). */
export function trust(config: AzureConnection): { tlsOptions?: { ca: string } } {
  return config.caCertificate
    ? { tlsOptions: { ca: readCaCertificateFile(config.caCertificate) } }
    : {};
}
