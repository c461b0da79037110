import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { PlatformErrors } from '../platform.errors.js';
import type { FieldError } from './problem-details.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Validates and converts every DTO; unknown fields are refused so typos do not pass silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => PlatformErrors.requestInvalid(flatten(errors)),
  });
}
