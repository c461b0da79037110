import { NavLink } from 'react-router';

const PAGES = [
  ['/scheduling', 'Fleet timeline'],
  ['/scheduling/schedules', 'Schedules'],
  ['/scheduling/reservations', 'Reservations'],
  ['/scheduling/calendars', 'Holiday calendars'],
  ['/scheduling/runtime-limits', 'Runtime limits'],
] as const;

/** The scheduling pages, as tabs above each of them. */
export function SchedulingNav() {
  return (
    <nav aria-label="Scheduling" className="mb-3">
      <ul className="nav nav-tabs">
        {PAGES.map(([to, label]) => (
          <li key={to} className="nav-item">
            <NavLink to={to} end={to === '/scheduling'} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
