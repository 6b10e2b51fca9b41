// A Drizzle query prepared once with placeholders and run many times. PostgreSQL names its
// prepared statements (one name per text, per connection); SQLite needs no name. Prepared on first
// use: repositories made for one PostgreSQL transaction prepare only what that transaction runs.
type Preparable = { prepare(): { execute(values?: Record<string, unknown>): unknown } };
type Executor<Q extends Preparable> = ReturnType<Q['prepare']>['execute'];

export function prepared<Q extends Preparable>(
  name: string,
  query: Q,
): (values?: Record<string, unknown>) => ReturnType<Executor<Q>> {
  let statement: ReturnType<Q['prepare']> | undefined;
  return (values = {}) => {
    statement ??= (query.prepare as unknown as (name: string) => ReturnType<Q['prepare']>).call(query, name);
    return statement.execute(values) as ReturnType<Executor<Q>>;
  };
}
