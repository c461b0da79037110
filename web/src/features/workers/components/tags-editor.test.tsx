import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker, someActions } from '../../../test/fixtures';
import { mockApi, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { TagsEditor } from './tags-editor';

const worker = () =>
  aWorker({
    name: 'lab-east-1',
    publicIp: '198.51.100.7',
    endpoint: 'https://cml-7.example.com',
    endpointSource: 'tag',
    tags: { Name: 'lab-east-1', ManagedBy: 'cml-cloud-manager', 'cml-endpoint': 'https://cml-7.example.com', owner: 'ops', 'aws:cloudformation:stack-name': 'cml' },
  });

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function render(w = worker()) {
  api = mockApi({ 'PATCH /workers/:id/tags': (c: RecordedCall) => ({ data: { ...w, tags: { ...w.tags, ...(c.body as { set: Record<string, string> }).set } } }) });
  return renderPage(<TagsEditor worker={w} />, { role: 'admin' });
}

/** Types a long text at once (typing 300 characters key by key is slow and says nothing more). */
const paste = (field: HTMLElement, text: string) => fireEvent.change(field, { target: { value: text } });

describe('the tags editor', () => {
  it('marks a value over the server’s limit as it is typed, says what to fix, and does not let it be saved', async () => {
    const user = userEvent.setup();
    render();
    const value = screen.getByLabelText('Value of owner');
    paste(value, 'x'.repeat(300));
    expect(value).toHaveClass('is-invalid');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription('The value is 300 characters; EC2 allows at most 256: remove 44.');
    expect(screen.getByRole('button', { name: /Save tags/ })).toBeDisabled();
    expect(screen.getByText('One tag needs fixing before saving: see the marked field.')).toBeInTheDocument();

    paste(value, 'x'.repeat(256));
    expect(value).not.toHaveClass('is-invalid');
    await user.click(screen.getByRole('button', { name: /Save tags/ }));
    await waitFor(() => expect(api.callsTo('PATCH /workers/:id/tags')).toHaveLength(1));
    expect(api.callsTo('PATCH /workers/:id/tags')[0].body).toEqual({ set: { owner: 'x'.repeat(256) }, remove: [] });
  });

  it('marks a new key that is reserved, too long, repeated or already there', async () => {
    const user = userEvent.setup();
    render();
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const key = screen.getByLabelText(/Key of new tag/);
    await user.type(key, 'aws:team');
    expect(key).toHaveAccessibleDescription('Keys starting with "aws:" are reserved for AWS; choose another key.');
    await user.clear(key);
    await user.type(key, 'owner');
    expect(key).toHaveAccessibleDescription('owner already exists; change its value above.');
    paste(key, 'k'.repeat(129));
    expect(key).toHaveAccessibleDescription('The key is 129 characters; EC2 allows at most 128: remove 1.');
    await user.clear(key);
    await user.type(key, 'team');
    expect(key).not.toHaveClass('is-invalid');
  });

  it('leaves the product’s and AWS’s own tags read-only', () => {
    render();
    expect(screen.getByLabelText('Value of ManagedBy')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Value of aws:cloudformation:stack-name')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Remove aws:cloudformation:stack-name' })).toBeNull();
  });

  it('asks before changing the cml-endpoint tag, saying that it decides where the controller credentials go, and saves only when confirmed', async () => {
    const user = userEvent.setup();
    render();
    const endpoint = screen.getByLabelText('Value of cml-endpoint');
    await user.clear(endpoint);
    await user.type(endpoint, 'https://cml-8.example.com');
    await user.click(screen.getByRole('button', { name: /Save tags/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('endpoint-confirm')).toHaveTextContent('where it sends the controller’s credentials');
    expect(within(dialog).getByTestId('endpoint-confirm')).toHaveTextContent('they go to https://cml-8.example.com instead of https://cml-7.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('PATCH /workers/:id/tags')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /Save tags/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Change cml-endpoint and save' }));
    await waitFor(() => expect(api.callsTo('PATCH /workers/:id/tags')).toHaveLength(1));
    expect(api.callsTo('PATCH /workers/:id/tags')[0].body).toEqual({ set: { 'cml-endpoint': 'https://cml-8.example.com' }, remove: [] });
  });

  it('asks before removing the cml-endpoint tag, saying where the credentials go instead, and warns about a value that would be ignored', async () => {
    const user = userEvent.setup();
    const first = render();
    await user.click(screen.getByRole('button', { name: 'Remove cml-endpoint' }));
    await user.click(screen.getByRole('button', { name: /Save tags/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Remove the cml-endpoint tag of lab-east-1?');
    expect(within(dialog).getByTestId('endpoint-confirm')).toHaveTextContent('Without it, they go to the instance’s own address (https:// and its public IP 198.51.100.7');
    await user.click(within(dialog).getByRole('button', { name: 'Remove cml-endpoint and save' }));
    await waitFor(() => expect(api.callsTo('PATCH /workers/:id/tags')[0].body).toEqual({ set: {}, remove: ['cml-endpoint'] }));
    first.unmount();
    api.restore();

    render();
    const endpoint = screen.getByLabelText('Value of cml-endpoint');
    await user.clear(endpoint);
    await user.type(endpoint, 'ftp://cml');
    await user.click(screen.getByRole('button', { name: /Save tags/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This value will be ignored: it uses ftp: (expected https://host[:port]).');
  });

  it('shows the tags read-only with the server’s reason when it does not offer the edit', () => {
    const terminated = 'Cannot edit the tags of worker lab-east-1 while it is terminated: The instance is terminated; its tags cannot change.';
    api = mockApi({});
    renderPage(<TagsEditor worker={aWorker({ status: 'terminated', tags: { owner: 'ops' }, actions: someActions({ editTags: terminated }) })} />, { role: 'admin' });
    expect(screen.getByRole('cell', { name: 'ops' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Save tags/ })).toBeNull();
    expect(screen.getByText(`Tags cannot be edited: ${terminated}`)).toBeVisible();
  });
});
