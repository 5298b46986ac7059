import { describe, expect, it } from '@jest/globals';
import { shareLink, type ShareDeps } from './share-link';

const target = { title: 'Giấy chứng nhận: Kỹ năng số', url: 'https://sen.example/verify/SEN-AAAA-BBBB-CCCC' };

function fakes(overrides: Partial<ShareDeps> & { shareFails?: string; copyFails?: boolean } = {}) {
  const shared: ShareData[] = [];
  const copied: string[] = [];
  const deps: ShareDeps = {
    share: async (data) => {
      if (overrides.shareFails) throw Object.assign(new Error('no'), { name: overrides.shareFails });
      shared.push(data);
    },
    writeText: async (text) => {
      if (overrides.copyFails) throw new Error('denied');
      copied.push(text);
    },
    ...overrides,
  };
  return { deps, shared, copied };
}

describe('sharing a verification link', () => {
  it('opens the phone’s share sheet when there is one', async () => {
    const { deps, shared, copied } = fakes();
    await expect(shareLink(target, deps)).resolves.toBe('shared');
    expect(shared).toEqual([{ title: target.title, url: target.url }]);
    expect(copied).toEqual([]);
  });

  it('treats closing the sheet as her choice, not a reason to copy', async () => {
    const { deps, copied } = fakes({ shareFails: 'AbortError' });
    await expect(shareLink(target, deps)).resolves.toBe('cancelled');
    expect(copied).toEqual([]);
  });

  it('copies the link when the sheet cannot open or is not there', async () => {
    const broken = fakes({ shareFails: 'NotAllowedError' });
    await expect(shareLink(target, broken.deps)).resolves.toBe('copied');
    expect(broken.copied).toEqual([target.url]);

    const desktop = fakes({ share: undefined });
    await expect(shareLink(target, desktop.deps)).resolves.toBe('copied');
    expect(desktop.copied).toEqual([target.url]);

    const refused = fakes({ canShare: () => false });
    await expect(shareLink(target, refused.deps)).resolves.toBe('copied');
    expect(refused.shared).toEqual([]);
  });

  it('fails when neither a sheet nor the clipboard works, so the page shows the link to copy by hand', async () => {
    await expect(shareLink(target, fakes({ share: undefined, writeText: undefined }).deps)).resolves.toBe('failed');
    await expect(shareLink(target, fakes({ share: undefined, copyFails: true }).deps)).resolves.toBe('failed');
  });
});
