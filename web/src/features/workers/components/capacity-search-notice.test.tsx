import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render';
import { CapacitySearchNotice } from './capacity-search-notice';

describe('the notice of a search for EC2 capacity', () => {
  it('says how many tries were made, with what, and what comes next', () => {
    const at = new Date(Date.now() + 60_000).toISOString();
    renderPage(<CapacitySearchNotice fallback={{ action: 'start', originalInstanceType: 'm5zn.metal', attempts: 1, tried: ['m5zn.metal'], next: { at, instanceType: 'm5.metal' } }} />);
    expect(screen.getByTestId('capacity-search')).toHaveTextContent(/^EC2 had no capacity to start the worker after 1 try \(m5zn\.metal\)\. Next try: m5\.metal, in 1 minute\. The timeline shows every try\.$/);
  });

  it('shows nothing once the search ended (the timeline says how)', () => {
    renderPage(<CapacitySearchNotice fallback={{ action: 'start', originalInstanceType: 'm5zn.metal', attempts: 2, tried: ['m5zn.metal', 'm5.metal'] }} />);
    expect(screen.queryByTestId('capacity-search')).toBeNull();
  });
});
