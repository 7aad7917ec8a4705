/** Client message first (as you type), else the server's message for that field (400). */
export function fieldMessage(client: Record<string, string | undefined>, server: Record<string, string>, name: string): string | undefined {
  return client[name] ?? server[name];
}
