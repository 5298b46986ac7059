import { describe, expect, it } from '@jest/globals';
import { localTitle } from './local-title';

const course = { title: 'Kỹ năng số cho chi hội trưởng', titleEn: 'Digital skills for branch heads' };

describe('localTitle', () => {
  it('shows the English title in the English interface', () => {
    expect(localTitle(course, 'en')).toBe('Digital skills for branch heads');
  });

  it('keeps the Vietnamese title in the Vietnamese interface, even with an English one', () => {
    expect(localTitle(course, 'vi')).toBe('Kỹ năng số cho chi hội trưởng');
  });

  it('falls back to the Vietnamese title when there is no English one', () => {
    expect(localTitle({ title: 'Bài 1', titleEn: null }, 'en')).toBe('Bài 1');
    expect(localTitle({ title: 'Bài 1', titleEn: '' }, 'en')).toBe('Bài 1');
  });
});
