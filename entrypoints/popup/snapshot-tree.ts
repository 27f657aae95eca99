/**
 * The snapshot's picture as data, not markup: a tree of tags, attributes and texts taken from
 * the popup's own rendering and built back with DOM calls. No HTML is parsed on the way back
 * (Margin never writes HTML: web-ext lint and our own check hold every build to that), and
 * nothing that could run or fetch survives the trip.
 */

/** A text, or an element: [tag, attributes, children, true when in the SVG namespace]. */
export type SnapshotNode = string | [string, Record<string, string>, SnapshotNode[], true?];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes a picture has no use for: handlers, and anything that loads or navigates. */
function dropped(name: string): boolean {
  return /^on/i.test(name) || /^(href|src|srcset|action|formaction|xlink:href)$/i.test(name);
}

/** The children of `root` as snapshot nodes (comments and the like are left out). */
export function toTree(root: Node): SnapshotNode[] {
  const out: SnapshotNode[] = [];
  for (const child of root.childNodes) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const attrs: Record<string, string> = {};
    for (const a of el.attributes) if (!dropped(a.name)) attrs[a.name] = a.value;
    const node: SnapshotNode = [el.localName, attrs, toTree(el)];
    if (el.namespaceURI === SVG_NS) node.push(true);
    out.push(node);
  }
  return out;
}

/** Builds `tree` under `parent` with createElement(NS), setAttribute and text nodes. */
export function fromTree(doc: Document, parent: Node, tree: readonly SnapshotNode[]): void {
  for (const node of tree) {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
      continue;
    }
    const [tag, attrs, children, svg] = node;
    const el = svg ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (!dropped(name)) el.setAttribute(name, value);
    }
    fromTree(doc, el, children);
    parent.appendChild(el);
  }
}
