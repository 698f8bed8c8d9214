/** The "List all events" button that takes the place of the link to the list's page (which it keeps as `data-embed-list`). */
export function listButton(link: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  // The link's attributes (class, the style scope's data-astro-cid-*) but not where it goes.
  for (const { name, value } of Array.from(link.attributes)) if (!['href', 'target', 'rel'].includes(name)) button.setAttribute(name, value);
  button.type = 'button';
  button.textContent = link.textContent;
  button.setAttribute('aria-expanded', 'false');
  link.replaceWith(button);
  return button;
}
