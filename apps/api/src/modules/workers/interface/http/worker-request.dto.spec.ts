import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ListWorkersQueryDto, ProvisionWorkerDto, UpdateWorkerDto } from './worker-request.dto.js';

async function problems(body: Record<string, unknown>, dto: new () => object = UpdateWorkerDto): Promise<string[]> {
  const errors = await validate(plainToInstance(dto, body), { whitelist: true, forbidNonWhitelisted: true });
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

describe('ProvisionWorkerDto', () => {
  const body = (over: Record<string, unknown>) => ({ name: 'lab-east-1', region: 'us-east-1', ...over });

  it.each([['m5zn.metal'], ['m7i.metal-24xl'], ['m7i.metal-48xl'], ['u-6tb1.112xlarge'], ['c7i-flex.large']])('takes the instance type %s', async (instanceType) => {
    expect(await problems(body({ instanceType }), ProvisionWorkerDto)).toEqual([]);
  });

  it.each([['banana'], ['M5.METAL'], ['m5.metal; rm'], [`${'m'.repeat(60)}.metal`]])('refuses the instance type %j', async (instanceType) => {
    expect((await problems(body({ instanceType }), ProvisionWorkerDto)).length).toBeGreaterThan(0);
  });

  it('checks and keeps the name trimmed, as the console does', async () => {
    const dto = plainToInstance(ProvisionWorkerDto, body({ name: `  ${'x'.repeat(64)}  ` }));
    expect(await validate(dto)).toEqual([]);
    expect(dto.name).toBe('x'.repeat(64));
    expect(await problems(body({ name: '   ' }), ProvisionWorkerDto)).toContain('name must be 1 to 64 characters');
    expect(await problems(body({ name: 'lab#1' }), ProvisionWorkerDto)).toContain('name may contain letters, digits, spaces and . : @ ( ) / + - _');
  });

  it('takes allowUnsuitableInstanceType as a boolean only', async () => {
    expect(await problems(body({ allowUnsuitableInstanceType: true }), ProvisionWorkerDto)).toEqual([]);
    expect(await problems(body({ allowUnsuitableInstanceType: 'yes' }), ProvisionWorkerDto)).toContain('allowUnsuitableInstanceType must be true or false');
  });
});

describe('ListWorkersQueryDto include', () => {
  it.each([['actions'], [' actions '], ['actions,actions']])('takes include=%j', async (include) => {
    const dto = plainToInstance(ListWorkersQueryDto, { include });
    expect(await validate(dto, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(dto.include).toContain('actions');
  });

  it.each([['action'], ['actions,labs'], ['Actions']])('refuses include=%j, naming what it takes', async (include) => {
    expect(await problems({ include }, ListWorkersQueryDto)).toContain('include must be one or more of actions, cost, comma-separated');
  });
});

