import { topologyDisposition } from './download-filename.js';

describe('topologyDisposition', () => {
  it.each([
    ['OSPF area 0', 'OSPF area 0.yaml', 'OSPF%20area%200.yaml'],
    ['../../etc/passwd', '_.._etc_passwd.yaml', '_.._etc_passwd.yaml'],
    ['a"b\r\nContent-Type: text/html', 'a_b_Content-Type_ text_html.yaml', 'a_b_Content-Type_%20text_html.yaml'],
    ['Büro Lab (v2)', 'Buro Lab (v2).yaml', 'B%C3%BCro%20Lab%20%28v2%29.yaml'],
    ['实验室', 'lab.yaml', '%E5%AE%9E%E9%AA%8C%E5%AE%A4.yaml'],
    ['   ', 'lab.yaml', 'lab.yaml'],
    ['C:\\labs\\x|y?*', 'C_labs_x_y_.yaml', 'C_labs_x_y_.yaml'],
  ])('names the file of %j safely', (title, plain, encoded) => {
    const header = topologyDisposition(title);
    expect(header).toBe(`attachment; filename="${plain}"; filename*=UTF-8''${encoded}`);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it('keeps file names to a sensible length', () => {
    const header = topologyDisposition('x'.repeat(500));
    expect(/filename="(x+)\.yaml"/.exec(header)?.[1]).toHaveLength(100);
  });
});
