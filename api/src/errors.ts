import { GraphQLError } from 'graphql';

/** The closed set of `extensions.code` values the API returns (mirrors `enum ErrorCode` in schema/base.graphql). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR';

abstract class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadUserInputError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, 'BAD_USER_INPUT', { field });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role may not do this.') {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} was not found.`, 'NOT_FOUND');
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extra);
  }
}

export class TooManyAttemptsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('Too many failed attempts. Try again later.', 'TOO_MANY_ATTEMPTS', { retryAfterSeconds });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
