/** Group colours chosen to stay distinct on a projector and readable with white text. */
export const GROUP_COLORS = [
  '#1f6feb',
  '#d1242f',
  '#1a7f37',
  '#8250df',
  '#bc4c00',
  '#0e7490',
  '#bf3989',
  '#6e7781',
  '#9a6700',
  '#3a5ccc',
] as const;

export function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length]!;
}
