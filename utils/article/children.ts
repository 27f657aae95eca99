/**
 * The children an element renders, for the page walks: an open shadow root's content instead
 * of the light children it hides (web components such as <article-body> keep the article
 * there), and a <slot>'s assigned light nodes where the slot shows them. Closed shadow roots
 * stay unreadable, as they are meant to.
 */

/** The nodes `el` renders as its children, in order. */
export function renderedChildren(el: Element): ArrayLike<Node> {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow.childNodes;
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    if (assigned && assigned.length > 0) return assigned;
  }
  return el.childNodes;
}
