import type { MoneyParseError } from '../../domain/money.js';
import type { ProductLineError, ProductNameError, ProductPriceError } from '../../domain/product-line.js';

// Every reason a product answer is refused, with the message that says it.

const NAME_ERRORS: Record<ProductNameError, string> = {
  empty: 'products-error-name-empty',
  'no-letter-or-digit': 'products-error-name-no-letter',
  'too-long': 'products-error-name-too-long',
  command: 'products-error-name-command',
};

const PRICE_ERRORS: Record<ProductPriceError, string> = {
  'zero-price': 'products-error-zero-price',
  'cost-above-price': 'products-error-cost-above-price',
};

const LINE_ERRORS: Record<ProductLineError, string> = {
  'missing-values': 'products-error-missing-values',
  'bad-price': 'products-error-bad-price',
  'bad-cost': 'products-error-bad-cost',
  'price-too-large': 'products-error-price-too-large',
  ...PRICE_ERRORS,
  'name-empty': NAME_ERRORS.empty,
  'name-no-letter-or-digit': NAME_ERRORS['no-letter-or-digit'],
  'name-too-long': NAME_ERRORS['too-long'],
  'name-command': NAME_ERRORS.command,
};

const MONEY_ERRORS: Record<MoneyParseError, string> = {
  empty: 'error-money-empty',
  invalid: 'error-money-invalid',
  negative: 'error-money-negative',
  'too-large': 'error-money-too-large',
  fraction: 'error-money-fraction',
};

export const productNameErrorKey = (error: ProductNameError): string => NAME_ERRORS[error];
export const productPriceErrorKey = (error: ProductPriceError): string => PRICE_ERRORS[error];
export const productLineErrorKey = (error: ProductLineError): string => LINE_ERRORS[error];
export const moneyErrorKey = (error: MoneyParseError): string => MONEY_ERRORS[error];
/** The message for a product's price or cost refused: over MAX_UNIT_PRICE_VND is 'price-too-large'. */
export const unitPriceErrorKey = (error: MoneyParseError): string =>
  error === 'too-large' ? LINE_ERRORS['price-too-large'] : MONEY_ERRORS[error];
