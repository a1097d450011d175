/**
 * A multipart/form-data request as a browser sends it (Node's own FormData encoder): the fields
 * as text and the file in part `file` — for `inject({ method, url, ...multipart(...) })`.
 */
export async function multipart(
  fields: Record<string, string | number | undefined>,
  file: { filename: string; bytes: Uint8Array | Buffer },
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, String(value));
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.filename);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}
