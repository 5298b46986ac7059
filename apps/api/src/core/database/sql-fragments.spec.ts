import { escapeLike, pageClause, personSearchFilter } from './sql-fragments';

describe('sql fragments', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('numbers its parameters after those already present', () => {
    const params: unknown[] = ['/root/%'];
    const filter = personSearchFilter(params, ' Trần Thị ', 'u');
    const paging = pageClause(params, 3, 20);
    expect(filter).toBe('AND (p.name_search LIKE $2 OR u.email LIKE $3 OR u.phone LIKE $3)');
    expect(paging).toBe('LIMIT $4 OFFSET $5');
    expect(params).toEqual(['/root/%', '%tran thi%', '%trần thị%', 20, 40]);
  });

  it('adds nothing without a search', () => {
    const params: unknown[] = [];
    expect(personSearchFilter(params, undefined, 'p')).toBe('');
    expect(params).toEqual([]);
  });
});
