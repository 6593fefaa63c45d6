import { decodeHTML } from 'entities';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * One element of a feed as htmlparser2 (XML mode) read it. Both passes read titles, links,
 * ids and dates through this one view: after rss-parser accepted a feed, and when it did not.
 */
export interface FeedNode {
  /** The element name as written, prefix included ("dc:date"). */
  readonly name: string;
  attr(name: string): string | undefined;
  children(): FeedNode[];
  /** All text inside, entities decoded, markup dropped. */
  text(): string;
}

export function localName(node: FeedNode): string {
  return node.name.slice(node.name.indexOf(':') + 1).toLowerCase();
}

export function prefixOf(node: FeedNode): string {
  const colon = node.name.indexOf(':');
  return colon === -1 ? '' : node.name.slice(0, colon).toLowerCase();
}

// ---- htmlparser2 in XML mode: forgiving of bare "&", unknown entities, unclosed tags ----

/** Parses leniently: never throws, closes what was left open, keeps CDATA as text. */
export function lenientDocument(xml: string): FeedNode[] {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: false, recognizeCDATA: true });
  return document.children.filter(isElement).map(domNode);
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function domNode(element: Element): FeedNode {
  return {
    name: element.name,
    // Attribute values are raw too: HTML's decoder leaves a bare "&" in "?a=1&b=2" alone.
    attr: (attribute) => {
      const raw = element.attribs[attribute];
      return raw === undefined ? undefined : decodeHTML(raw);
    },
    children: () => element.children.filter(isElement).map(domNode),
    text: () => domText(element),
  };
}

function domText(node: AnyNode): string {
  if (node.type === 'text') return decodeHTML(node.data);
  // CDATA is already literal text: decoding it again would turn "&amp;" into "&".
  if (node.type === 'cdata') return node.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
  if ('children' in node) return node.children.map(domText).join('');
  return '';
}
