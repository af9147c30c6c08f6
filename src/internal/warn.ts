/**
 * One voice for every bad-input warning, so portal developers can grep the console
 * for `<bantin-` and always learn which element and which attribute to fix.
 */
export function warn(tag: string, attribute: string, message: string): void {
  console.warn(`<${tag}> ${attribute}: ${message}`);
}

/**
 * How a value reads in a warning. `String()` throws for symbols and objects without
 * a prototype, and a pasted article as an attribute would flood the console.
 */
export function describe(value: unknown): string {
  let text: string | undefined;
  try {
    text =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value
          ? JSON.stringify(value)
          : String(value);
  } catch {
    // a symbol, a BigInt inside an object, an object without a prototype
  }
  text ??= Object.prototype.toString.call(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
