import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render';
import { InstanceTypeRestoreNotice } from './instance-type-restore-notice';

const restore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: '2026-12-08T07:31:00.000Z', failures: 0 };

describe('the notice of a worker waiting to go back to its own instance type', () => {
  it('says it runs on the fallback type and goes back when next stopped', () => {
    renderPage(<InstanceTypeRestoreNotice restore={restore} status="running" />);
    expect(screen.getByTestId('instance-type-restore')).toHaveTextContent(/^Runs on m5\.metal for lack of capacity; goes back to m5zn\.metal when next stopped\.$/);
  });

  it('on a stopped worker whose change back failed, says when it is tried again and why it failed', () => {
    const failed = { ...restore, failures: 1, lastAttemptAt: new Date(Date.now() - 120_000).toISOString(), lastError: 'AWS denied ec2:ModifyInstanceAttribute in us-east-1.' };
    renderPage(<InstanceTypeRestoreNotice restore={failed} status="stopped" />);
    expect(screen.getByTestId('instance-type-restore')).toHaveTextContent(
      /^Runs on m5\.metal for lack of capacity; goes back to m5zn\.metal at the next check, or before its next start\. The last try to change it back failed .+: AWS denied ec2:ModifyInstanceAttribute in us-east-1\.$/,
    );
  });

  it('shows nothing when no change back waits', () => {
    renderPage(<InstanceTypeRestoreNotice restore={undefined} status="running" />);
    expect(screen.queryByTestId('instance-type-restore')).toBeNull();
  });
});
