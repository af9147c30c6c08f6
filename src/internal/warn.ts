/**
 * One voice for every bad-input warning, so portal developers can grep the console
 * for `<bantin-` and always learn which element and which attribute to fix.
 */
export function warn(tag: string, attribute: string, message: string): void {
  console.warn(`<${tag}> ${attribute}: ${message}`);
}
