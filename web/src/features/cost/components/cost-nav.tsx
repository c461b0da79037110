import { NavLink } from 'react-router';

const PAGES = [
  ['/cost', 'Overview'],
  ['/cost/budgets', 'Budgets'],
  ['/cost/prices', 'Prices'],
] as const;

/** The cost pages, as tabs above each of them. */
export function CostNav() {
  return (
    <nav aria-label="Cost" className="mb-3">
      <ul className="nav nav-tabs">
        {PAGES.map(([to, label]) => (
          <li key={to} className="nav-item">
            <NavLink to={to} end className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
