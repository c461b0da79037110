import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pager } from './pager';

describe('the pager', () => {
  it('pages through every item when the server reaches them all', () => {
    render(<Pager label="Pages" page={2} pageSize={25} total={60} onPage={() => undefined} />);
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('26–50 of 60')).toBeInTheDocument();
  });

  it('stops at the server’s last page and says how far the pages reach', async () => {
    const onPage = vi.fn();
    render(<Pager label="Pages" page={1} pageSize={25} total={250_000} lastPage={400} onPage={onPage} />);
    expect(screen.getByText('Page 1 of 400')).toBeInTheDocument();
    expect(screen.getByText(/pages reach the first 10,000; filter to find the others/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Last page' }));
    expect(onPage).toHaveBeenCalledWith(400);
  });
});
