import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PresentedOnlyExpressAdapter } from './presented-only.adapter.js';
import { present, presentAll } from './presenter.js';

@Controller()
class SampleController {
  @Get('presented')
  presented() {
    return present({ name: 'lab-east-1' });
  }

  @Get('presented-list')
  presentedList() {
    return presentAll([{ name: 'a' }], (item) => ({ name: item.name }));
  }

  @Get('raw')
  raw() {
    return { name: 'lab-east-1', labStates: { l1: 'STARTED' } };
  }

  @Get('text')
  text() {
    return 'lab: {}';
  }
}

describe('only presented bodies leave the server', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [SampleController] }).compile();
    app = module.createNestApplication(new PresentedOnlyExpressAdapter(), { logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('sends a presenter’s body as it is (the mark does not show in the JSON)', async () => {
    await request(app.getHttpServer()).get('/presented').expect(200, { name: 'lab-east-1' });
    await request(app.getHttpServer()).get('/presented-list').expect(200, [{ name: 'a' }]);
  });

  it('refuses a body no presenter made, instead of sending fields nobody declared', async () => {
    const res = await request(app.getHttpServer()).get('/raw').expect(500);
    expect(JSON.stringify(res.body)).not.toContain('labStates');
  });

  it('lets text through (downloads)', async () => {
    await request(app.getHttpServer()).get('/text').expect(200, 'lab: {}');
  });
});
