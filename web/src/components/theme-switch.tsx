import Dropdown from 'react-bootstrap/Dropdown';
import { THEME_CHOICES, type ThemeChoice, useTheme } from '../lib/theme';

const LABELS: Record<ThemeChoice, string> = { light: 'Light', dark: 'Dark', system: 'System' };

/** Light, dark or as the operating system says; remembered in this browser (ADR 0050). */
export function ThemeSwitch() {
  const { choice, theme, setChoice } = useTheme();
  return (
    <Dropdown align="end">
      <Dropdown.Toggle variant="outline-light" size="sm" id="theme-menu">
        Theme: {LABELS[choice]}
      </Dropdown.Toggle>
      <Dropdown.Menu>
        {THEME_CHOICES.map((c) => (
          <Dropdown.Item key={c} as="button" active={c === choice} aria-current={c === choice ? 'true' : undefined} onClick={() => setChoice(c)}>
            {LABELS[c]}
            {c === 'system' && choice === 'system' && <span className="small ms-1">(now {theme})</span>}
          </Dropdown.Item>
        ))}
      </Dropdown.Menu>
    </Dropdown>
  );
}
