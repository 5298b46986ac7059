import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes); tests lower the cost through the constructor. */
@Injectable()
export class PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** A hash to verify against when the account does not exist, so timing does not reveal which identifiers exist. */
  private dummy?: Promise<string>;
  async verifyDummy(password: string): Promise<void> {
    this.dummy ??= this.hash('not-a-real-password-1');
    await this.verify(await this.dummy, password);
  }
}
