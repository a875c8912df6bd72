/** True for Neo4j's unique-constraint failure, which the graduate mutations report as CONFLICT. */
export function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
