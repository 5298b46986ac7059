import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { reportLinkToken, verifyReportLinkToken } from './report-link-token';

/** The domain of the sender's address (`Sen <no-reply@hoi.example.vn>` → `hoi.example.vn`), else the site's host. */
export function messageIdDomain(mailFrom: string, publicUrl: string): string {
  const address = /<([^<>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : new URL(publicUrl).hostname;
}

/** Recipients' signed links and the Message-IDs of their copies, from the configuration. */
@Injectable()
export class ReportLinks {
  private readonly secret: string;
  private readonly publicUrl: string;
  readonly messageDomain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.reportLinkSecret;
    this.publicUrl = config.publicUrl.replace(/\/+$/, '');
    this.messageDomain = messageIdDomain(config.mailFrom, config.publicUrl);
  }

  /** The web page a recipient opens: `${PUBLIC_URL}/reports/received/<token>`. */
  url(deliveryId: string): string {
    return `${this.publicUrl}/reports/received/${reportLinkToken(this.secret, deliveryId)}`;
  }

  /** The delivery a genuine token names, or null. */
  deliveryOf(token: string): string | null {
    return verifyReportLinkToken(this.secret, token);
  }
}
