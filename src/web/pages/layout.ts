import { html, type SafeHtml } from '../html.js';

export interface PageOptions {
  title: string;
  /** Which navigation entry is the current page. */
  current?: 'board' | 'feeds' | 'country';
  body: SafeHtml;
}

function navLink(href: string, label: string, current: boolean): SafeHtml {
  return current ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;
}

/** The page frame: one served stylesheet and script, nothing from any other host. */
export function layout(options: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · pledgewatch</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<span class="brand">pledgewatch</span>
<nav aria-label="Main">
${navLink('/', 'Board', options.current === 'board')}
${navLink('/feeds', 'Feeds', options.current === 'feeds')}
<a href="/api/positions">Export</a>
</nav>
</header>
<main id="main">
${options.body}
</main>
<footer class="site"><p>Read-only view of the stored positions. Data: <a href="/api/positions">positions</a> (<a href="/api/positions.csv">CSV</a>), <a href="/api/history">history</a> (<a href="/api/history.csv">CSV</a>), <a href="/api/alerts">alerts</a> (<a href="/api/alerts.csv">CSV</a>).</p></footer>
</body>
</html>
`.value;
}
