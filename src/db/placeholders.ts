// The values a prepared statement binds, from the named placeholders it was built with: what
// Drizzle's fillPlaceholders does, decided once per statement instead of on every call (it asks
// every parameter what it is, by walking its prototype chain, each time a statement runs).
import { is, Param, Placeholder } from 'drizzle-orm';

type Slot = (values: Record<string, unknown>) => unknown;

const named =
  (name: string): ((values: Record<string, unknown>) => unknown) =>
  (values) => {
    if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
    return values[name];
  };

/** A function from the placeholders' values to the statement's parameters, in order. */
export function binder(params: readonly unknown[]): (values: Record<string, unknown>) => unknown[] {
  const slots: Slot[] = params.map((param): Slot => {
    if (is(param, Placeholder)) return named(param.name);
    if (is(param, Param) && is(param.value, Placeholder)) {
      const value = named(param.value.name);
      return (values) => param.encoder.mapToDriverValue(value(values));
    }
    return () => param;
  });
  return (values) => {
    const bound = new Array<unknown>(slots.length);
    for (let index = 0; index < slots.length; index++) bound[index] = slots[index]!(values);
    return bound;
  };
}
