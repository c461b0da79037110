import Dropdown from 'react-bootstrap/Dropdown';
import type { Me } from '../../../lib/auth';
import { useLogout } from '../api/logout';

export function UserMenu({ me }: { me: Me }) {
  const logout = useLogout();
  return (
    <Dropdown align="end">
      <Dropdown.Toggle variant="outline-light" size="sm" id="user-menu">
        {me.name ?? me.username}
      </Dropdown.Toggle>
      <Dropdown.Menu>
        <Dropdown.ItemText className="small">
          <div className="fw-semibold">{me.username}</div>
          {me.email && <div className="text-body-secondary">{me.email}</div>}
          <div className="text-body-secondary">Role: {me.roles.join(', ') || 'none'}</div>
        </Dropdown.ItemText>
        <Dropdown.Divider />
        <Dropdown.Item as="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
          Sign out
        </Dropdown.Item>
      </Dropdown.Menu>
    </Dropdown>
  );
}
