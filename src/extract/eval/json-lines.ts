import type { z } from 'zod';
import { ErrorCode, lineProblem, PledgewatchError } from '../../errors/index.js';

/**
 * Each non-blank line of a JSON Lines text, parsed by `schema`, with where it stands ("gold.jsonl line 3") for the
 * reader's own checks to name. A line that is not JSON or not of the schema throws, named the same way.
 */
export function parseJsonLines<T>(text: string, name: string, schema: z.ZodType<T>): Array<{ value: T; where: string }> {
  const parsed: Array<{ value: T; where: string }> = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${name} line ${index + 1}`;
    try {
      parsed.push({ value: schema.parse(JSON.parse(line)), where });
    } catch (error) {
      throw new PledgewatchError(ErrorCode.CommandInput, `${where}: ${lineProblem(error)}`);
    }
  });
  return parsed;
}
