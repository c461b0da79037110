import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import MetricsPanel from './metrics-panel';

const ID = '0193b2c4-1111-7000-8000-000000000001';
const FROM = '2026-11-25T10:00:00.000Z';
const TO = '2026-11-25T11:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(FROM) + minutes * 60_000).toISOString();
// Every 10 minutes; EC2 memory only where the CloudWatch agent reported it.
const POINTS = [0, 10, 20, 30, 40, 50, 60].map((m, i) => ({
  at: at(m),
  cpuPercent: 10 + i * 5,
  ec2CpuPercent: 8 + i * 5,
  memoryPercent: 40 + i,
  ...(i >= 2 ? { ec2MemoryPercent: 50 + i } : {}),
  diskPercent: 30,
  runningNodes: i,
}));

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function render(path: string, points = POINTS) {
  api = mockApi({
    'GET /workers/:id/metrics': (call) => ({
      data: { workerId: ID, from: call.params.from, to: call.params.to, units: {}, points: points.filter((p) => p.at >= (call.params.from as string) && p.at <= (call.params.to as string)) },
    }),
  });
  return renderPage(<MetricsPanel workerId={ID} />, { path, route: '/workers/:id' });
}

const search = (router: ReturnType<typeof render>['router']) => new URLSearchParams(router.state.location.search);
const charts = () => screen.getAllByTestId('metric-chart');

describe('the metric charts', () => {
  it('asks for the window in the URL and draws EC2 memory beside the controller’s', async () => {
    render(`/workers/${ID}?tab=metrics&from=${FROM}&to=${TO}`);
    await screen.findByRole('img', { name: /^CPU \(percent\)/ });
    expect(api.callsTo('GET /workers/:id/metrics')[0].params).toEqual({ from: FROM, to: TO });
    const memory = screen.getByRole('img', { name: /^Memory \(percent\)/ });
    expect(memory).toHaveAccessibleName(expect.stringContaining('EC2 (CloudWatch agent): latest 56%'));
    expect(screen.getByRole('list', { name: 'Memory legend' })).toHaveTextContent('EC2 (CloudWatch agent)');
    // Every axis label carries its unit.
    expect(within(charts()[0]).getByText('50%')).toBeInTheDocument();
    expect(within(charts()[3]).getByText('4 nodes')).toBeInTheDocument();
  });

  it('reads a preset from the URL and writes the one chosen, keeping the tab', async () => {
    const user = userEvent.setup();
    const { router } = render(`/workers/${ID}?tab=metrics&range=24h`);
    await screen.findByText('No samples in this range.');
    const first = api.callsTo('GET /workers/:id/metrics')[0].params;
    expect(Date.parse(first.to as string) - Date.parse(first.from as string)).toBe(24 * 3_600_000);
    expect(screen.getByRole('button', { name: 'Last 24 h' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Last 7 d' }));
    expect(search(router).get('range')).toBe('7d');
    expect(search(router).get('tab')).toBe('metrics');
    await waitFor(() => expect(api.callsTo('GET /workers/:id/metrics')).toHaveLength(2));
  });

  it('moves one crosshair over every chart from the keyboard and reads every series aloud', async () => {
    const user = userEvent.setup();
    render(`/workers/${ID}?tab=metrics&from=${FROM}&to=${TO}`);
    await screen.findByRole('img', { name: /^CPU/ });
    const readout = screen.getByRole('status', { name: 'Crosshair values' });
    expect(readout).toHaveAttribute('aria-live', 'polite');

    charts()[0].focus();
    await user.keyboard('{ArrowRight}');
    expect(readout).toHaveTextContent(/CPU CML controller 10%, CPU EC2 \(CloudWatch\) 8%, Memory CML controller 40%, Memory EC2 \(CloudWatch agent\) no sample, Disk 30%, Running nodes 0 nodes$/);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(readout).toHaveTextContent(/CPU CML controller 20%.*Memory EC2 \(CloudWatch agent\) 52%.*Running nodes 2 nodes$/);
    // Every chart draws the same crosshair.
    expect(screen.getAllByTestId('crosshair')).toHaveLength(4);
    await user.keyboard('{End}');
    expect(readout).toHaveTextContent(/Running nodes 6 nodes$/);
    await user.keyboard('{Home}{ArrowLeft}');
    expect(readout).toHaveTextContent(/Running nodes 0 nodes$/);
    await user.keyboard('{Escape}');
    expect(screen.queryAllByTestId('crosshair')).toHaveLength(0);
  });

  it('zooms by dragging across a chart, puts the window in the URL, and resets to the preset', async () => {
    const user = userEvent.setup();
    const { router } = render(`/workers/${ID}?tab=metrics&range=1h&from=${FROM}&to=${TO}`);
    const svg = await screen.findByRole('img', { name: /^CPU/ });
    // jsdom lays nothing out: the chart is drawn 600 px wide from x = 0, its plot from 64 to 584 px.
    fireEvent.pointerDown(svg, { button: 0, clientX: 64, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 324, pointerId: 1 });
    expect(screen.getByTestId('zoom-selection')).toBeInTheDocument();
    fireEvent.pointerUp(svg, { clientX: 324, pointerId: 1 });
    expect(search(router).get('from')).toBe(FROM);
    expect(search(router).get('to')).toBe(at(30));
    await waitFor(() => expect(api.callsTo('GET /workers/:id/metrics').at(-1)!.params).toEqual({ from: FROM, to: at(30) }));

    await user.click(await screen.findByRole('button', { name: 'Reset zoom (last 1 h)' }));
    expect(search(router).get('from')).toBeNull();
    expect(search(router).get('range')).toBe('1h');
  });

  it('zooms in around the crosshair with the + key and out with the button', async () => {
    const user = userEvent.setup();
    const { router } = render(`/workers/${ID}?tab=metrics&from=${FROM}&to=${TO}`);
    await screen.findByRole('img', { name: /^CPU/ });
    charts()[1].focus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}+');
    // Half as long, the 10:30 sample keeps its place in the middle.
    expect(search(router).get('from')).toBe(at(15));
    expect(search(router).get('to')).toBe(at(45));
    await waitFor(() => expect(api.callsTo('GET /workers/:id/metrics').at(-1)!.params).toEqual({ from: at(15), to: at(45) }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(search(router).get('from')).toBe(FROM);
    expect(search(router).get('to')).toBe(TO);
  });

  it('refuses a custom range the server would refuse, and shows an empty one as empty', async () => {
    const user = userEvent.setup();
    const { router } = render(`/workers/${ID}?tab=metrics&from=${FROM}&to=${TO}`);
    await screen.findByRole('img', { name: /^CPU/ });
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2026-11-20T12:00' } });
    fireEvent.change(to, { target: { value: '2026-11-20T11:00' } });
    expect(screen.getByRole('button', { name: 'Show this range' })).toBeDisabled();
    expect(screen.getByText('The start must be before the end.')).toBeInTheDocument();

    fireEvent.change(to, { target: { value: '2026-11-20T13:00' } });
    await user.click(screen.getByRole('button', { name: 'Show this range' }));
    expect(Date.parse(search(router).get('from')!)).toBe(new Date('2026-11-20T12:00').getTime());
    expect(await screen.findByText('No samples in this range.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Reset zoom/ })).toBeInTheDocument();
  });

  it('falls back to the preset when the URL holds a window the server would refuse', async () => {
    render(`/workers/${ID}?tab=metrics&from=${TO}&to=${FROM}`);
    await screen.findByText('No samples in this range.');
    const params = api.callsTo('GET /workers/:id/metrics')[0].params;
    expect(Date.parse(params.to as string) - Date.parse(params.from as string)).toBe(6 * 3_600_000);
  });
});
