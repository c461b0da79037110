import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { fieldProblems, problemText } from './field-problems';

function refusal(data: object): AxiosError {
  const response = { status: 400, statusText: 'Bad Request', headers: {}, config: {} as InternalAxiosRequestConfig, data } as AxiosResponse;
  return new AxiosError('Request failed with status code 400', 'ERR_BAD_REQUEST', undefined, undefined, response);
}

describe('the server problems of a form, by field', () => {
  it('takes the request validation errors and the rules’ "field: what to fix" problems, keyed by the first name of the path', () => {
    const err = refusal({
      status: 400,
      code: 'SCHEDULE.INVALID',
      detail: 'The schedule is not valid.',
      errors: [{ field: 'periods.0.start', messages: ['start must be HH:mm'] }],
      details: { problems: ['timezone: "Mars/Olympus" is not an IANA time zone', 'holidays[2].date: "x" is not a date', 'assignment.selector.team: give a list', 'something without a field'] },
    });
    const problems = fieldProblems(err);
    expect(problemText(problems, 'periods')).toBe('start must be HH:mm');
    expect(problemText(problems, 'timezone')).toBe('"Mars/Olympus" is not an IANA time zone');
    expect(problemText(problems, 'holidays')).toBe('"x" is not a date');
    expect(problemText(problems, 'assignment')).toBe('give a list');
    expect(problems.get('')).toEqual(['something without a field']);
  });

  it('is empty for what is not a problem answer', () => {
    expect(fieldProblems(new Error('offline')).size).toBe(0);
    expect(fieldProblems(null).size).toBe(0);
  });
});
