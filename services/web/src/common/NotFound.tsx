import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <section className="panel">
      <h2>Page not found</h2>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </section>
  );
}
