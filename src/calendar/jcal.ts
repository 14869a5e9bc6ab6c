// Reading ical.js's parse result (jCal, RFC 7265) directly. On a big feed, wrapping every
// property and time in ical.js objects costs more than the parse itself; the few values
// that need them (repeat rules, durations, time-zone definitions) still go through ical.js.

/** A component: [name, properties, components]. */
export type JcalComponent = readonly unknown[];

/** A property: [name, parameters, value type, ...values]. */
export type JcalProperty = readonly unknown[];

export function propertiesOf(component: JcalComponent): readonly JcalProperty[] {
  const properties: unknown = component[1];
  return Array.isArray(properties) ? properties.filter((property) => Array.isArray(property)) : [];
}

/** The components of `component` named `name` (lower case, as ical.js writes them). */
export function componentsOf(component: JcalComponent, name: string): JcalComponent[] {
  const components: unknown = component[2];
  if (!Array.isArray(components)) return [];
  return components.filter((item): item is unknown[] => Array.isArray(item) && item[0] === name);
}

/** The value at `index` (0 for the first). */
export function valueAt(property: JcalProperty, index = 0): unknown {
  return property[3 + index];
}

export function valuesOf(property: JcalProperty): readonly unknown[] {
  return property.slice(3);
}

/** The first value of a text property, trimmed; empty when there is none. */
export function textOf(property: JcalProperty | null): string {
  const value = property ? valueAt(property) : null;
  return typeof value === 'string' ? value.trim() : '';
}

/** The first property of a component named `name`. */
export function firstProperty(component: JcalComponent, name: string): JcalProperty | null {
  return propertiesOf(component).find((property) => property[0] === name) ?? null;
}

/** A parameter's first value, trimmed; null when absent or empty. */
export function parameter(property: JcalProperty, name: string): string | null {
  const parameters = property[1];
  if (typeof parameters !== 'object' || parameters === null) return null;
  const value: unknown = (parameters as Record<string, unknown>)[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return null;
  const trimmed = first.trim();
  return trimmed.length > 0 ? trimmed : null;
}
