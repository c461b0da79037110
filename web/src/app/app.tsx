import { ReadinessBadge } from '../features/system/components/readiness-badge';

export function App() {
  return (
    <>
      <nav className="navbar navbar-expand navbar-dark bg-dark px-3">
        <span className="navbar-brand">CML Cloud Manager</span>
        <div className="ms-auto d-flex gap-3 align-items-center">
          <ReadinessBadge />
          <a className="link-light" href="/api/docs">API docs</a>
        </div>
      </nav>
      <main className="container py-4">
        <h1 className="h3">Fleet</h1>
        <p className="text-body-secondary">The console for your CML workers.</p>
      </main>
    </>
  );
}
