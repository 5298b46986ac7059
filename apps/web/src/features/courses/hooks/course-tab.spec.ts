import { describe, expect, it } from '@jest/globals';
import { courseTabOf, withTab } from './course-tab';

describe('courseTabOf', () => {
  it('opens the tab the address names', () => {
    expect(courseTabOf(new URLSearchParams('tab=learners'))).toBe('learners');
    expect(courseTabOf(new URLSearchParams('tab=settings&version=x'))).toBe('settings');
    expect(courseTabOf(new URLSearchParams('tab=banks'))).toBe('banks');
    expect(courseTabOf(new URLSearchParams('tab=certificate'))).toBe('certificate');
  });

  it('falls back to the content for no tab or an unknown one', () => {
    expect(courseTabOf(new URLSearchParams(''))).toBe('outline');
    expect(courseTabOf(new URLSearchParams('tab=constructor'))).toBe('outline');
  });
});

describe('withTab', () => {
  it('keeps the shown version but drops the paging and filters of the tab left behind', () => {
    const next = withTab(
      new URLSearchParams('tab=learners&page=3&includeEnded=true&search=hoa&status=overdue&unitId=u1&version=v2'),
      'requirements',
    );
    expect(next.toString()).toBe('tab=requirements&version=v2');
  });

  it('leaves the content tab out of the address, as the default', () => {
    expect(withTab(new URLSearchParams('tab=settings'), 'outline').toString()).toBe('');
  });

  it('does not change the parameters it was given', () => {
    const params = new URLSearchParams('page=2');
    withTab(params, 'learners');
    expect(params.toString()).toBe('page=2');
  });
});
