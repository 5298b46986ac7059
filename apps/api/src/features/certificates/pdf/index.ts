export { certificateFonts, type CertificateFonts } from './fonts';
export {
  CertificateInputError,
  renderCertificate,
  type CertificateContent,
  type CertificateTemplate,
} from './render-certificate';
export { vietnameseDate } from './vietnamese-date';
