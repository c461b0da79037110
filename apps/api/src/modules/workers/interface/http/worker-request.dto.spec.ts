import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { UpdateWorkerDto } from './worker-request.dto.js';

async function problems(body: Record<string, unknown>): Promise<string[]> {
  const errors = await validate(plainToInstance(UpdateWorkerDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('UpdateWorkerDto', () => {
  it.each([
    [{ idleDetectionEnabled: null }, 'idleDetectionEnabled must be true or false'],
    [{ name: null }, 'name must be 1 to 64 characters'],
  ])('refuses %j: the field cannot be cleared', async (body, message) => {
    expect(await problems(body)).toContain(message);
  });

  it.each([[{ idleDetectionEnabled: false }], [{ name: 'lab-1' }], [{ endpoint: null }], [{ idleTimeoutMinutes: null }], [{}]])('takes %j', async (body) => {
    expect(await problems(body)).toEqual([]);
  });
});
