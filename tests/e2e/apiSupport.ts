/** Staff API calls from a spec (Node side), to pick test data from the seeded server instead of hard-coding rows. */
export async function staffToken(serverUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${serverUrl}/api/v1/staff/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 201) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export async function getJson<T>(serverUrl: string, token: string, apiPath: string): Promise<T> {
  const res = await fetch(`${serverUrl}/api/v1${apiPath}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${apiPath}: ${res.status}`);
  return (await res.json()) as T;
}
