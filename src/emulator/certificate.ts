import { generate } from 'selfsigned';

export interface Certificate {
  /** PEM private key. */
  key: string;
  /** PEM certificate: what clients trust (`tlsOptions: { ca }`, `NODE_EXTRA_CA_CERTS`). */
  cert: string;
}

/**
 * A self-signed certificate for the emulator's HTTPS listener, made fresh at every start: the
 * Azure SDK's bearer-token policy refuses plain http, so ARM has to be served over TLS. It is
 * its own CA (clients trust it directly) and names 127.0.0.1, ::1 and localhost.
 */
export async function createCertificate(): Promise<Certificate> {
  const notBefore = new Date(Date.now() - 60_000);
  const pems = await generate([{ name: 'commonName', value: 'worker-image emulator' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: new Date(notBefore.getTime() + 30 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
