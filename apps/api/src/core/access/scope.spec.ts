import type { Actor } from './actor';
import { covers, holdsAny, isRootPath, rootGrant, scopeRoots } from './scope';

const actor = (grants: Actor['grants']): Actor => ({ userId: 'u', personId: 'p', sessionId: 's', grants });

describe('scope', () => {
  const province = '/p/';
  const vuBan = '/p/vb/';
  const yYen = '/p/yy/';

  it('covers a unit inside the granted subtree and not a sibling subtree', () => {
    const reviewer = actor([{ role: 'reviewer', unitId: 'vb', unitPath: vuBan }]);
    expect(covers(reviewer, ['reviewer'], '/p/vb/mt/')).toBe(true);
    expect(covers(reviewer, ['reviewer'], vuBan)).toBe(true);
    expect(covers(reviewer, ['reviewer'], yYen)).toBe(false);
    expect(covers(reviewer, ['reviewer'], province)).toBe(false);
  });

  it('does not let one role stand in for another', () => {
    const trainee = actor([{ role: 'trainee', unitId: 'p', unitPath: province }]);
    expect(covers(trainee, ['admin'], vuBan)).toBe(false);
    expect(holdsAny(trainee, ['admin', 'reviewer'])).toBe(false);
  });

  it('does not confuse a path prefix that is not an ancestor', () => {
    const a = actor([{ role: 'admin', unitId: 'x', unitPath: '/p/v/' }]);
    expect(covers(a, ['admin'], '/p/vb/')).toBe(false);
  });

  it('reduces nested grants to their outermost roots', () => {
    const a = actor([
      { role: 'admin', unitId: 'vb', unitPath: vuBan },
      { role: 'reviewer', unitId: 'p', unitPath: province },
      { role: 'admin', unitId: 'yy', unitPath: yYen },
    ]);
    expect(scopeRoots(a, ['admin'])).toEqual([vuBan, yYen]);
    expect(scopeRoots(a, ['admin', 'reviewer'])).toEqual([province]);
  });

  it('finds a grant at a root unit only, for installation-wide operations', () => {
    expect(isRootPath('/p/')).toBe(true);
    expect(isRootPath('/p/vb/')).toBe(false);
    expect(isRootPath('/')).toBe(false);
    const provinceAdmin = actor([
      { role: 'trainee', unitId: 'p', unitPath: province },
      { role: 'admin', unitId: 'p', unitPath: province },
    ]);
    expect(rootGrant(provinceAdmin, ['admin'])?.role).toBe('admin');
    expect(rootGrant(actor([{ role: 'admin', unitId: 'vb', unitPath: vuBan }]), ['admin'])).toBeUndefined();
    expect(rootGrant(actor([{ role: 'reviewer', unitId: 'p', unitPath: province }]), ['admin'])).toBeUndefined();
  });
});
