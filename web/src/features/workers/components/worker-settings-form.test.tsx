import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi, problem, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { Worker } from '../api/types';
import { WorkerSettingsForm } from './worker-settings-form';

const DEFAULTS = {
  regions: ['us-east-1'],
  defaultRegion: 'us-east-1',
  provisioning: { instanceType: 'm5zn.metal', amiIds: {}, amiName: 'cml-2.9-*', workerName: { minLength: 1, maxLength: 64, pattern: '^[\\w .:@()/+-]+$', allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _' } },
  idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 },
  labs: { uploadMaxBytes: 1024 },
};

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function render(w: Worker, patch: (c: RecordedCall) => { status?: number; data?: unknown } = (c) => ({ data: { ...w, ...(c.body as object), version: w.version + 1 } })) {
  api = mockApi({ 'GET /system/defaults': { data: DEFAULTS }, 'PATCH /workers/:id': patch });
  return renderPage(<WorkerSettingsForm worker={w} />, { role: 'admin' });
}

describe('the worker settings form', () => {
  it('says what to fix in each field and sends nothing while something is wrong', async () => {
    const user = userEvent.setup();
    render(aWorker({ name: 'lab-a' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'bad#name' } });
    await user.type(screen.getByLabelText('CML endpoint override'), 'ftp://cml');
    await user.click(screen.getByLabelText("This worker's own:"));
    await user.type(screen.getByLabelText('Idle timeout of this worker, minutes'), '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Only letters, digits, spaces and . : @ ( ) / + - _.'));
    expect(screen.getByLabelText('CML endpoint override')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('It uses ftp:; expected https://host[:port].')).toBeInTheDocument();
    expect(screen.getByLabelText('Idle timeout of this worker, minutes')).toHaveAccessibleDescription('Between 5 and 10080 minutes (7 days).');
    expect(api.callsTo('PATCH /workers/:id')).toHaveLength(0);
  });

  it('saves a rename and an own idle timeout, and goes back to the fleet default with null', async () => {
    const user = userEvent.setup();
    const w = aWorker({ name: 'lab-a', idle: { timeoutMinutes: 90 } });
    render(w);
    expect(await screen.findByText('Fleet default (1 h)', { exact: false })).toBeInTheDocument();
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'lab-b');
    const minutes = screen.getByLabelText('Idle timeout of this worker, minutes');
    await user.clear(minutes);
    await user.type(minutes, '120');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.callsTo('PATCH /workers/:id')).toHaveLength(1));
    expect(api.callsTo('PATCH /workers/:id')[0].body).toEqual({ name: 'lab-b', idleTimeoutMinutes: 120 });
    expect(await screen.findByText('Settings of lab-b saved.')).toBeInTheDocument();
  });

  it('clears the endpoint override and returns to the fleet default', async () => {
    const user = userEvent.setup();
    render(aWorker({ endpointOverride: 'https://cml.example.com', idle: { timeoutMinutes: 90 } }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.click(screen.getByLabelText(/Fleet default/));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.callsTo('PATCH /workers/:id')).toHaveLength(1));
    expect(api.callsTo('PATCH /workers/:id')[0].body).toEqual({ endpoint: null, idleTimeoutMinutes: null });
  });

  it('shows the server’s refusal', async () => {
    const user = userEvent.setup();
    render(aWorker({ name: 'lab-a' }), () => problem(400, 'WORKER.ENDPOINT_INVALID', 'The endpoint override is not an http(s) URL.'));
    await user.type(screen.getByLabelText('CML endpoint override'), 'https://cml.example.com');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/The endpoint override is not an http\(s\) URL\./)).toBeInTheDocument();
  });

  it('does not send a form with nothing changed, and says so', async () => {
    const user = userEvent.setup();
    render(aWorker());
    expect(screen.getByRole('button', { name: 'Save settings' })).toHaveAccessibleDescription('Nothing changed yet.');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(api.callsTo('PATCH /workers/:id')).toHaveLength(0);
  });
});
