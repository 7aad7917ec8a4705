/** The customer lookup's shortcut: Ctrl+K, or Cmd+K on macOS. */
export function isQuickLookupKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

export function quickLookupShortcutLabel(): string {
  return /mac/i.test(navigator.platform) ? '⌘K' : 'Ctrl+K';
}
