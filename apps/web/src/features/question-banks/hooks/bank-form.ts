import type { CreateQuestionBankBody, QuestionBankView } from '@sen/contracts';

export interface BankValues {
  name: string;
  categories: string[];
}

export function bankValues(bank?: QuestionBankView): BankValues {
  return { name: bank?.name ?? '', categories: bank?.categories ?? [] };
}

/**
 * Creating and editing send the same two fields: the categories replace the bank's list, so the
 * server can refuse to drop one that questions still use.
 */
export function bankBody(values: BankValues): CreateQuestionBankBody {
  return { name: values.name, categories: values.categories.map((name) => name.trim()).filter(Boolean) };
}

/** Categories the edit removes: the ones the server checks for questions still using them. */
export function removedCategories(bank: QuestionBankView, values: BankValues): string[] {
  return bank.categories.filter((name) => !values.categories.includes(name));
}
