import { describe, expect, it } from '@jest/globals';
import type { QuestionBankView } from '@sen/contracts';
import { bankBody, removedCategories } from './bank-form';
import {
  bankPath,
  categoryOfOptionValue,
  categoryOptionValue,
  isFiltered,
  listSearchOf,
  questionQuery,
} from './question-filters';

const NO_FILTERS = { search: '', type: '', category: '', tag: '' };

describe('questionQuery', () => {
  it('sends only the filters that are set', () => {
    expect(questionQuery({ ...NO_FILTERS, type: 'ordering', tag: 'zalo' }, 2, 20)).toEqual({
      search: undefined,
      type: 'ordering',
      category: undefined,
      tag: 'zalo',
      page: 2,
      pageSize: 20,
    });
  });

  it('reads an unknown type in the address as any type', () => {
    const query = questionQuery({ ...NO_FILTERS, type: 'essay' }, 1, 20);
    expect(query.type).toBeUndefined();
    expect(isFiltered(query)).toBe(false);
    expect(isFiltered(questionQuery({ ...NO_FILTERS, search: 'zalo' }, 1, 20))).toBe(true);
  });
});

describe('category select values', () => {
  it('tell a category called "any" or "none" from the entries for all and none', () => {
    expect(categoryOfOptionValue(categoryOptionValue('any'))).toBe('any');
    expect(categoryOfOptionValue(categoryOptionValue('none'))).toBe('none');
    expect(categoryOfOptionValue('any')).toBeNull();
    expect(categoryOfOptionValue(null)).toBeNull();
  });
});

describe('the way back to the list', () => {
  it('returns to the filters the list had', () => {
    expect(bankPath('c1', 'b1', listSearchOf({ listSearch: '?type=ordering&page=2' }))).toBe(
      '/courses/c1/banks/b1?type=ordering&page=2',
    );
  });

  it('ignores a state it did not put there', () => {
    expect(listSearchOf(null)).toBe('');
    expect(listSearchOf({ listSearch: 'https://example.org' })).toBe('');
    expect(listSearchOf('?page=2')).toBe('');
  });
});

describe('bank form', () => {
  const bank: QuestionBankView = {
    id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    courseId: '0b7c3b5e-3d0a-4c57-9a57-5a8f1f0c2f11',
    name: 'Ngân hàng câu hỏi',
    categories: ['An toàn thông tin', 'Họp trực tuyến'],
    questionCount: 4,
    updatedAt: '2026-11-20T08:00:00.000Z',
  };

  it('lists the categories an edit removes', () => {
    expect(removedCategories(bank, { name: bank.name, categories: ['Họp trực tuyến', 'Tin giả'] })).toEqual([
      'An toàn thông tin',
    ]);
  });

  it('drops blank categories from the body', () => {
    expect(bankBody({ name: 'Ngân hàng', categories: [' Tin giả ', ' '] })).toEqual({
      name: 'Ngân hàng',
      categories: ['Tin giả'],
    });
  });
});
