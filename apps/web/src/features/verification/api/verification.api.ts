import { routeTable, type Verification } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import { sendFile } from '../../../app/api/send-file';

// Route table lines only (no schemas): the public page stays light for a phone that scanned a QR code.
export const verificationApi = {
  code: (code: string, signal?: AbortSignal) => apiRequest(routeTable.verifyCertificate, { params: { code }, signal }),
  file: (file: File, onProgress: (fraction: number) => void, signal?: AbortSignal) =>
    sendFile<Verification>({
      method: routeTable.verifyCertificateFile.method,
      url: `/api${routeTable.verifyCertificateFile.path}`,
      field: 'file',
      file,
      onProgress,
      signal,
      tooLargeCode: 'PAYLOAD_TOO_LARGE',
    }),
};

export const verificationKeys = {
  all: ['verification'] as const,
  code: (code: string) => [...verificationKeys.all, 'code', code] as const,
};
