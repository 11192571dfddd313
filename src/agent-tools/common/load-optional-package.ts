/**
 * Loads a package the module needs only for some configurations, failing with an error that
 * says what to install (the way @nestjs/terminus loads its optional dependencies).
 */
export async function loadOptionalPackage<T>(name: string, neededFor: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new Error(`${neededFor} needs the package "${name}", which is not installed. Run: npm install ${name}`);
  }
}
