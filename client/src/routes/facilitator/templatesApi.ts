/** A built-in template as `GET /api/templates` lists it. */
export interface BuiltInTemplate {
  id: string;
  name: string;
  description: string;
  /** Step titles. */
  steps: string[];
}

export async function fetchTemplates(): Promise<BuiltInTemplate[]> {
  try {
    const response = await fetch('/api/templates', { headers: { accept: 'application/json' } });
    if (!response.ok) return [];
    const body = (await response.json()) as { templates?: BuiltInTemplate[] };
    return Array.isArray(body.templates) ? body.templates : [];
  } catch {
    return [];
  }
}
