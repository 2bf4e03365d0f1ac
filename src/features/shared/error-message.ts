import Taro from '@tarojs/taro';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';

/** Anything thrown becomes an AppError; unexpected exceptions are logged, then shown generically. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  console.error(err);
  return new AppError(ClientErrorCodes.INTERNAL, '出了点问题，请稍后重试');
}

/** Field errors of an INPUT.INVALID failure keyed by field path, for inline messages in forms. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof AppError) || !err.fields) return {};
  return Object.fromEntries(err.fields.map((f) => [f.path, f.message]));
}

/** The one translation of a failure into a toast. */
export function toastError(err: unknown): void {
  void Taro.showToast({ title: asAppError(err).message, icon: 'none', duration: 2500 });
}
