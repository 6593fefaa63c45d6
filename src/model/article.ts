/** One news article as it travels through the pipeline (feed item, fetched page or article file). */
export interface Article {
  /** Stable id: a hash of the normalised guid, else link, else title (see feeds/item-id.ts). */
  id: string;
  url: string;
  outlet: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD or full timestamp); 'unknown' when not known. */
  published: string;
  title: string;
  /** Plain text body. May be only the feed summary until the worker fetches the full text. */
  body: string;
  /** The feed that delivered it, when it came from a feed. */
  feedId?: string;
  /** True when body is only the feed's summary and the page should be fetched for full text. */
  summaryOnly?: boolean;
}

/** Where a piece of evidence came from, as shown to users next to a quote. */
export interface SourceRef {
  articleId: string;
  url: string;
  outlet: string;
  published: string;
  title: string;
}

/** The source fields of an article, as every piece of evidence and every record carries them. */
export function sourceRefOf(article: Article): SourceRef {
  return { articleId: article.id, url: article.url, outlet: article.outlet, published: article.published, title: article.title };
}
