import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../lib/format';

/** Every figure is an estimate: says so once per page, with the discount and where the prices are. */
export function EstimateNote({ discountPercent, asOf }: { discountPercent?: number; asOf?: string }) {
  return (
    <p className="small text-body-secondary mb-3" data-testid="estimate-note">
      <strong>Estimates, not an AWS invoice:</strong> figures in US dollars from on-demand list prices
      {discountPercent === undefined ? ' less the discount' : discountPercent > 0 ? ` less the ${formatNumber(discountPercent, 2)} % discount` : ' (no discount set)'}, for EC2 instance hours and EBS storage. <Link to="/cost/prices">See the prices</Link>.
      {asOf && <> As of {formatDateTime(asOf)}.</>}
    </p>
  );
}
