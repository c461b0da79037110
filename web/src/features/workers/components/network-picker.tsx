import { formatNumber } from '../../../lib/format';
import type { NetworkOptions, SubnetOption } from '../api/types';
import { groupsOfVpc, MAX_SECURITY_GROUPS, type NetworkChoice, vpcOf } from '../lib/network-checks';

const SOURCE: Record<string, string> = { configured: 'the configured default', 'default-vpc': 'the default VPC’s', none: '' };

function subnetLabel(s: SubnetOption): string {
  const free = `${formatNumber(s.availableIpAddressCount, 0)} free IPv4 addresses`;
  return `${s.name ? `${s.name} · ` : ''}${s.subnetId} · ${s.availabilityZone} · ${s.cidrBlock} · ${free}${s.defaultForAz ? ' · default for zone' : ''}`;
}

/**
 * Subnet, security groups and key pair of a launch, from what the region has. Only the groups of
 * the VPC the instance lands in are offered (the server refuses others); changing the subnet to
 * another VPC starts its groups from that VPC's `default` group.
 */
export function NetworkPicker({
  id,
  options,
  value,
  onChange,
  problems,
}: {
  id: string;
  options: NetworkOptions;
  value: NetworkChoice;
  onChange: (choice: NetworkChoice) => void;
  /** Shown under each field (only once the person tried to launch). */
  problems: { subnet?: string; securityGroups?: string; keyPair?: string };
}) {
  const vpcId = vpcOf(value.subnetId, options.subnets);
  // Chosen groups of another VPC (a configured default that does not fit) stay listed so they can be unticked.
  const offeredGroups = options.securityGroups.filter((g) => groupsOfVpc(vpcId, options.securityGroups).includes(g) || value.securityGroupIds.includes(g.groupId));
  const hiddenGroups = options.securityGroups.length - offeredGroups.length;
  const vpcs = [...new Set(options.subnets.map((s) => s.vpcId))];
  const defaultVpc = options.subnets.find((s) => s.defaultForAz)?.vpcId;

  const chooseSubnet = (subnetId: string) => {
    const nextVpc = vpcOf(subnetId, options.subnets);
    if (nextVpc === vpcId) return onChange({ ...value, subnetId });
    const fallback = options.securityGroups.find((g) => g.vpcId === nextVpc && g.groupName === 'default');
    onChange({ ...value, subnetId, securityGroupIds: fallback ? [fallback.groupId] : [] });
  };
  const toggleGroup = (groupId: string, on: boolean) =>
    onChange({ ...value, securityGroupIds: on ? [...value.securityGroupIds, groupId] : value.securityGroupIds.filter((g) => g !== groupId) });

  const sourceNote = (source: string) => (SOURCE[source] ? ` Starts from ${SOURCE[source]} ${source === 'configured' ? 'choice' : 'default'}.` : '');
  return (
    <>
      <div className="mb-3">
        <label htmlFor={`${id}-subnet`} className="form-label">
          Subnet
        </label>
        <select
          id={`${id}-subnet`}
          className={`form-select ${problems.subnet ? 'is-invalid' : ''}`}
          value={value.subnetId}
          onChange={(e) => chooseSubnet(e.target.value)}
          aria-invalid={problems.subnet ? true : undefined}
          aria-describedby={`${id}-subnet-help ${id}-subnet-error`}
        >
          <option value="">Let EC2 choose (a default subnet of the default VPC)</option>
          {vpcs.map((vpc) => (
            <optgroup key={vpc} label={`${vpc}${vpc === defaultVpc ? ' (default VPC)' : ''}`}>
              {options.subnets
                .filter((s) => s.vpcId === vpc)
                .map((s) => (
                  <option key={s.subnetId} value={s.subnetId}>
                    {subnetLabel(s)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <div id={`${id}-subnet-help`} className="form-text">
          The zone and address range the instance gets; {vpcId ? <>its VPC is <span className="font-monospace">{vpcId}</span>.</> : 'the region has no default VPC, so choose a subnet.'}
          {sourceNote(options.defaults.sources.subnet)}
        </div>
        <div id={`${id}-subnet-error`} className="invalid-feedback">
          {problems.subnet}
        </div>
      </div>

      <fieldset className="mb-3" aria-describedby={`${id}-sg-help ${id}-sg-error`}>
        <legend className="form-label fs-6">Security groups</legend>
        {offeredGroups.length === 0 && <p className="small text-body-secondary mb-1">This VPC has no security groups EC2 reports; EC2 applies the VPC’s default group.</p>}
        {offeredGroups.map((g) => (
          <div key={g.groupId} className="form-check">
            <input
              id={`${id}-sg-${g.groupId}`}
              type="checkbox"
              className={`form-check-input ${problems.securityGroups ? 'is-invalid' : ''}`}
              checked={value.securityGroupIds.includes(g.groupId)}
              onChange={(e) => toggleGroup(g.groupId, e.target.checked)}
            />
            <label htmlFor={`${id}-sg-${g.groupId}`} className="form-check-label">
              {g.groupName} <span className="font-monospace small">({g.groupId})</span>
              {g.description && <span className="small text-body-secondary"> — {g.description}</span>}
              {vpcId && g.vpcId !== vpcId && <span className="small text-danger"> — in {g.vpcId ?? 'no VPC'}, not this subnet’s VPC</span>}
            </label>
          </div>
        ))}
        <div id={`${id}-sg-help`} className="form-text">
          Up to {MAX_SECURITY_GROUPS}, all of the subnet’s VPC; none chosen means the VPC’s default group.
          {hiddenGroups > 0 && ` ${hiddenGroups} group${hiddenGroups > 1 ? 's' : ''} of other VPCs ${hiddenGroups > 1 ? 'are' : 'is'} not offered.`}
          {sourceNote(options.defaults.sources.securityGroups)}
        </div>
        {problems.securityGroups && (
          <div id={`${id}-sg-error`} className="text-danger small" role="alert">
            {problems.securityGroups}
          </div>
        )}
      </fieldset>

      <div className="mb-3">
        <label htmlFor={`${id}-key`} className="form-label">
          Key pair
        </label>
        <select
          id={`${id}-key`}
          className={`form-select ${problems.keyPair ? 'is-invalid' : ''}`}
          value={value.keyName}
          onChange={(e) => onChange({ ...value, keyName: e.target.value })}
          aria-invalid={problems.keyPair ? true : undefined}
          aria-describedby={`${id}-key-help ${id}-key-error`}
        >
          <option value="">None (no SSH key on the instance)</option>
          {options.keyPairs.map((k) => (
            <option key={k.keyName} value={k.keyName}>
              {k.keyName}
              {k.keyType ? ` (${k.keyType})` : ''}
            </option>
          ))}
        </select>
        <div id={`${id}-key-help`} className="form-text">
          For SSH to the instance.{sourceNote(options.defaults.sources.keyPair)}
        </div>
        <div id={`${id}-key-error`} className="invalid-feedback">
          {problems.keyPair}
        </div>
      </div>
    </>
  );
}
